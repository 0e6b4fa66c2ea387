import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE, SPEC_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in deleteRules.ts, keyed by rule id. */
export const deleteDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.4000': {
    message: 'No such aggregate to delete.',
    description: 'The aggregate does not exist, so there is nothing to delete.',
    remediation: 'Check the org, type and aggregate ids of the delete.',
    source,
  },
  'celeriant.4001': {
    message: 'The delete request had no aggregates.',
    description: 'The delete request is invalid; sending it again fails the same way.',
    remediation: 'Name at least one aggregate in the delete request.',
    source,
  },
  'celeriant.4002': {
    message: 'The aggregate moved past your expectedVersion. Re-read and retry.',
    description: 'Another write landed first; decide again on fresh state before deleting.',
    remediation: 'Re-read the aggregate, decide again and send a new delete with the fresh expected version.',
    source,
  },
  'celeriant.4003': {
    message: 'Internal cache error during delete.',
    description: 'A server-internal cache fault during the delete.',
    remediation: 'Report it to the operator and send the delete again later.',
    source,
  },
  'celeriant.4004': {
    message: 'Replication failed during the delete.',
    description: 'The leader could not replicate the delete.',
    remediation: 'Send the delete again once the cluster is healthy.',
    source,
  },
  'celeriant.4005': {
    message: 'Fsync failed during the delete.',
    description: "The server's disk rejected the delete.",
    remediation: 'Report the disk fault to the operator and send the delete again later.',
    source,
  },
  'celeriant.4006': {
    message: 'The delete hit a follower. Retry against the leader.',
    description:
      'This node is not the leader; the details name it as leader_address, or are {} when unknown.',
    remediation:
      'Resend the delete to leader_address at once; when it is absent or unreachable, try the next seed and cap the hops.',
    source,
  },
  'celeriant.4007': {
    message: 'The follower cannot keep up; the leader is shedding delete load. Back off and retry.',
    description:
      'The same backpressure gate as 2012, for deletes. .NET treats it as busy; the Rust client returns it to the caller.',
    remediation: 'Back off and send the same delete again.',
    source: SPEC_SOURCE,
  },
};
