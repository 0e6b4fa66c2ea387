import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

const REMEDIATION =
  'Point the client at the client port (default 10000), not the replication port (default 10001).';

/**
 * Celeriant replication batch errors (6xxx). The follower-facing replication port sends them,
 * never the client port; a client that sees one is talking to the wrong port.
 */
export const replicationRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 6000,
    name: 'ReplicationBatchFsync',
    message: "The follower's fsync of a replication batch failed.",
    description: 'A leader-to-follower error; it never reaches a client on the client port.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: REMEDIATION,
    actionClass: 'N/A',
    connection: 'replication-port',
  }),
  celeriantRow({
    code: 6001,
    name: 'ReplicationBatchSerialiseDatablocks',
    message: "The follower could not deserialise the leader's data blocks; version mismatch or corruption.",
    description: 'A leader-to-follower error; it never reaches a client on the client port.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: REMEDIATION,
    actionClass: 'N/A',
    connection: 'replication-port',
  }),
  celeriantRow({
    code: 6002,
    name: 'ReplicationBatchWalSeqGap',
    message: 'The follower received a non-contiguous WAL sequence; triggers S3 catch-up.',
    description:
      'A leader-to-follower error that starts S3 catch-up (server constant once named REPLICATION_BATCH_WAL_INDEX_GAP).',
    verdict: { scope: 'request', action: 'fail' },
    remediation: REMEDIATION,
    actionClass: 'N/A',
    connection: 'replication-port',
  }),
];
