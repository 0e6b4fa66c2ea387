import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const REMEDIATION =
  'Point the client at the client port (default 10000), not the replication port (default 10001).';
const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in replicationRules.ts, keyed by rule id. */
export const replicationDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.6000': {
    message: "The follower's fsync of a replication batch failed.",
    description: 'A leader-to-follower error; it never reaches a client on the client port.',
    remediation: REMEDIATION,
    source,
  },
  'celeriant.6001': {
    message: "The follower could not deserialise the leader's data blocks; version mismatch or corruption.",
    description: 'A leader-to-follower error; it never reaches a client on the client port.',
    remediation: REMEDIATION,
    source,
  },
  'celeriant.6002': {
    message: 'The follower received a non-contiguous WAL sequence; triggers S3 catch-up.',
    description:
      'A leader-to-follower error that starts S3 catch-up (server constant once named REPLICATION_BATCH_WAL_INDEX_GAP).',
    remediation: REMEDIATION,
    source,
  },
};
