import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE, SPEC_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in trimRules.ts, keyed by rule id. */
export const trimDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.3000': {
    message: 'No such aggregate to trim.',
    description: 'The aggregate does not exist, so there is nothing to trim.',
    remediation: 'Check the org, type and aggregate ids of the trim.',
    source,
  },
  'celeriant.3001': {
    message: 'Internal cache error during trim.',
    description: 'A server-internal cache fault during the trim.',
    remediation: 'Report it to the operator and send the trim again later.',
    source,
  },
  'celeriant.3002': {
    message: 'Replication failed during the trim.',
    description: 'The leader could not replicate the trim.',
    remediation:
      'Send the trim again once the cluster is healthy; a trim to the same index is harmless to repeat.',
    source,
  },
  'celeriant.3003': {
    message: 'Fsync failed during the trim.',
    description: "The server's disk rejected the trim.",
    remediation: 'Report the disk fault to the operator and send the trim again later.',
    source,
  },
  'celeriant.3004': {
    message: "The trim index is outside the stream's current range.",
    description: 'The requested index is past max_aggregate_version (or below the current start).',
    remediation:
      'Trim to an index between the start of the stream and max_aggregate_version from the details.',
    source,
  },
  'celeriant.3005': {
    message: 'The trim hit a follower. Retry against the leader.',
    description:
      'This node is not the leader; the details name it as leader_address, or are {} when unknown.',
    remediation:
      'Resend the trim to leader_address at once; when it is absent or unreachable, try the next seed and cap the hops.',
    source,
  },
  'celeriant.3006': {
    message: 'The follower cannot keep up; the leader is shedding trim load. Back off and retry.',
    description:
      'The same backpressure gate as 2012, for trims. .NET treats it as busy; the Rust client returns it to the caller.',
    remediation: 'Back off and send the same trim again.',
    source: SPEC_SOURCE,
  },
};
