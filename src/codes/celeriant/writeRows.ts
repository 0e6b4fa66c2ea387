import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

const REPLICATION_DETAIL =
  '{"detail":"LeaderFenced"|"BudgetExhausted"|"GateTimeout"|"LeaseUnconfirmed"|…}; RollbackInProgress and ReplicationClientLockTimeoutError come as invalid JSON with an unquoted value';
const FSYNC_DETAIL = 'some fsync variants send invalid JSON such as {a}';

/** Celeriant write and request errors (2000–2013). The connection stays open after each. */
export const writeRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 2000,
    name: 'EmptyEventsList',
    message: 'A write carried no events.',
    description: 'The write request is invalid; sending it again fails the same way.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Add at least one event to each aggregate in the write.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 2001,
    name: 'ZeroEventType',
    message: "An event's EventTypeMajor is zero, which is reserved.",
    description: 'The event named by client_seq uses the reserved major type 0.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Give every event a non-zero EventTypeMajor.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"client_seq":N}',
  }),
  celeriantRow({
    code: 2002,
    name: 'ClientIdempotencyViolation',
    message: 'This client sequence already landed and is durable. Treat as success. See Idempotent retries.',
    description:
      'A resend of a write that already landed; the request is done. Neither official client converts it to success on its own.',
    verdict: { scope: 'request', action: 'succeed' },
    remediation:
      'Treat the write as done. If several writers share a clientId, point-read the sequence and compare the event id before you mark it synced.',
    actionClass: 'S',
    connection: 'stays-open',
    detailShape: '{"last_client_seq":N,"attempted_client_seq":N}',
  }),
  celeriantRow({
    code: 2003,
    name: 'OptimisticConcurrencyViolation',
    message: 'The aggregate moved past your expectedVersion. Re-read and retry. See Optimistic concurrency.',
    description:
      'Another write landed first. The decision must be made again on fresh state, with a new client sequence.',
    verdict: { scope: 'request', action: 'conflict' },
    remediation:
      'Re-read the aggregate, decide again and send a new write with a fresh client sequence; cap the number of attempts.',
    actionClass: 'OCC',
    connection: 'stays-open',
    detailShape: '{"expected_version":N,"current_aggregate_version":N}',
  }),
  celeriantRow({
    code: 2004,
    name: 'FailedToSerialiseDatablocks',
    message: "The write's payload could not be serialised; usually a malformed event.",
    description: 'The server could not serialise the events of this write; the same payload fails again.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Check the event payloads of the write for malformed or oversized values.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRow({
    code: 2005,
    name: 'AggregateNotExists',
    message: 'Write to a missing aggregate without allowCreate.',
    description: 'The write targets an aggregate that does not exist and did not ask to create it.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Set allowCreate on the write, or check the aggregate id.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 2006,
    name: 'AggregateRecreateNotAllowed',
    message: 'The aggregate was deleted and was not marked recreatable.',
    description: 'The aggregate id is retired; no write to it can succeed.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Use a new aggregate id, or mark aggregates recreatable when you delete them.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 2007,
    name: 'WriteReplicationError',
    message:
      'Replication failed during the write (follower disconnect, batch corruption). The write was not acknowledged.',
    description:
      'The leader could not replicate the write, for example because it was fenced or the gate timed out. Official clients surface it.',
    verdict: { scope: 'request', action: 'fail' },
    remediation:
      'Resend only with client idempotency enforced and the same client sequence, after a backoff; a LeaderFenced detail means the node lost leadership.',
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: REPLICATION_DETAIL,
    extra: { retryableWithSameSequence: true },
  }),
  celeriantRow({
    code: 2008,
    name: 'WriteFsyncError',
    message: "The leader's fsync failed. Acknowledged data is unaffected; this write did not land.",
    description: "The leader's disk rejected the write; it did not land, so a resend cannot duplicate it.",
    verdict: { scope: 'request', action: 'fail' },
    remediation:
      "Report the leader's disk fault to the operator; resend later with the same client sequence if the write still matters.",
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: FSYNC_DETAIL,
    extra: { retryableWithSameSequence: true },
  }),
  celeriantRow({
    code: 2009,
    name: 'WriteCacheAggregateClientError',
    message: 'Internal cache error while resolving the aggregate.',
    description: 'A server-internal cache fault during the write.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Report it to the operator; resend later with the same client sequence.',
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRow({
    code: 2010,
    name: 'WriteAggregateExistsCacheError',
    message: 'Internal cache error checking aggregate existence.',
    description: 'A server-internal cache fault during the write.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Report it to the operator; resend later with the same client sequence.',
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRow({
    code: 2011,
    name: 'NotLeader',
    message:
      'The write hit a follower. Official client pools redirect automatically; raw clients must handle it. See two-node cluster.',
    description:
      'This node is not the leader. The details name the leader as leader_address, or are {} when the node does not know it.',
    verdict: { scope: 'request', action: 'redirect' },
    remediation:
      'Resend the write to leader_address at once; when it is absent or unreachable, try the next seed and cap the hops.',
    actionClass: 'REDIR',
    connection: 'stays-open',
    detailShape: '{"leader_address":"host:port"}, or {} when the leader is unknown',
  }),
  celeriantRow({
    code: 2012,
    name: 'WriteReplicationBackpressure',
    message:
      'The follower cannot keep up; the leader is shedding load. Back off and retry. See troubleshooting.',
    description: 'Transient: it clears when the follower catches up, and for 500 ms after a rollback.',
    verdict: { scope: 'request', action: 'retry' },
    remediation: 'Back off and resend the same write with the same client sequence.',
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 2013,
    name: 'InflightDuplicateWrite',
    message:
      'A write with this client sequence is fsynced locally but not yet confirmed replicated. Hold the sequence, back off, and retry; do not treat as success, since a failover before confirmation can roll it back.',
    description: 'The same write is still in flight; a later resend resolves into 2002 or a clean write.',
    verdict: { scope: 'request', action: 'retry' },
    remediation: 'Keep the client sequence, back off and resend; do not mark the write as done yet.',
    actionClass: 'HOLD',
    connection: 'stays-open',
    detailShape: '{"last_client_seq":N,"attempted_client_seq":N}',
  }),
];
