import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in writeRules.ts, keyed by rule id. */
export const writeDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.2000': {
    message: 'A write carried no events.',
    description: 'The write request is invalid; sending it again fails the same way.',
    remediation: 'Add at least one event to each aggregate in the write.',
    source,
  },
  'celeriant.2001': {
    message: "An event's EventTypeMajor is zero, which is reserved.",
    description: 'The event named by client_seq uses the reserved major type 0.',
    remediation: 'Give every event a non-zero EventTypeMajor.',
    source,
  },
  'celeriant.2002': {
    message: 'This client sequence already landed and is durable. Treat as success. See Idempotent retries.',
    description:
      'A resend of a write that already landed; the request is done. Neither official client converts it to success on its own.',
    remediation:
      'Treat the write as done. If several writers share a clientId, point-read the sequence and compare the event id before you mark it synced.',
    source,
  },
  'celeriant.2003': {
    message: 'The aggregate moved past your expectedVersion. Re-read and retry. See Optimistic concurrency.',
    description:
      'Another write landed first. The decision must be made again on fresh state, with a new client sequence.',
    remediation:
      'Re-read the aggregate, decide again and send a new write with a fresh client sequence; cap the number of attempts.',
    source,
  },
  'celeriant.2004': {
    message: "The write's payload could not be serialised; usually a malformed event.",
    description: 'The server could not serialise the events of this write; the same payload fails again.',
    remediation: 'Check the event payloads of the write for malformed or oversized values.',
    source,
  },
  'celeriant.2005': {
    message: 'Write to a missing aggregate without allowCreate.',
    description: 'The write targets an aggregate that does not exist and did not ask to create it.',
    remediation: 'Set allowCreate on the write, or check the aggregate id.',
    source,
  },
  'celeriant.2006': {
    message: 'The aggregate was deleted and was not marked recreatable.',
    description: 'The aggregate id is retired; no write to it can succeed.',
    remediation: 'Use a new aggregate id, or mark aggregates recreatable when you delete them.',
    source,
  },
  'celeriant.2007': {
    message:
      'Replication failed during the write (follower disconnect, batch corruption). The write was not acknowledged.',
    description:
      'The leader could not replicate the write, for example because it was fenced or the gate timed out. Official clients surface it.',
    remediation:
      'Resend only with client idempotency enforced and the same client sequence, after a backoff; a LeaderFenced detail means the node lost leadership.',
    source,
  },
  'celeriant.2008': {
    message: "The leader's fsync failed. Acknowledged data is unaffected; this write did not land.",
    description: "The leader's disk rejected the write; it did not land, so a resend cannot duplicate it.",
    remediation:
      "Report the leader's disk fault to the operator; resend later with the same client sequence if the write still matters.",
    source,
  },
  'celeriant.2009': {
    message: 'Internal cache error while resolving the aggregate.',
    description: 'A server-internal cache fault during the write.',
    remediation: 'Report it to the operator; resend later with the same client sequence.',
    source,
  },
  'celeriant.2010': {
    message: 'Internal cache error checking aggregate existence.',
    description: 'A server-internal cache fault during the write.',
    remediation: 'Report it to the operator; resend later with the same client sequence.',
    source,
  },
  'celeriant.2011': {
    message:
      'The write hit a follower. Official client pools redirect automatically; raw clients must handle it. See two-node cluster.',
    description:
      'This node is not the leader. The details name the leader as leader_address, or are {} when the node does not know it.',
    remediation:
      'Resend the write to leader_address at once; when it is absent or unreachable, try the next seed and cap the hops.',
    source,
  },
  'celeriant.2012': {
    message:
      'The follower cannot keep up; the leader is shedding load. Back off and retry. See troubleshooting.',
    description: 'Transient: it clears when the follower catches up, and for 500 ms after a rollback.',
    remediation: 'Back off and resend the same write with the same client sequence.',
    source,
  },
  'celeriant.2013': {
    message:
      'A write with this client sequence is fsynced locally but not yet confirmed replicated. Hold the sequence, back off, and retry; do not treat as success, since a failover before confirmation can roll it back.',
    description: 'The same write is still in flight; a later resend resolves into 2002 or a clean write.',
    remediation: 'Keep the client sequence, back off and resend; do not mark the write as done yet.',
    source,
  },
};
