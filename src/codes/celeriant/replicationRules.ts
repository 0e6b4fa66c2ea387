import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/**
 * Celeriant replication batch errors (6xxx). The follower-facing replication port sends them,
 * never the client port; a client that sees one is talking to the wrong port.
 */
export const replicationRules: readonly CodeRule[] = [
  celeriantRule({
    code: 6000,
    name: 'ReplicationBatchFsync',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'N/A',
    connection: 'replication-port',
  }),
  celeriantRule({
    code: 6001,
    name: 'ReplicationBatchSerialiseDatablocks',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'N/A',
    connection: 'replication-port',
  }),
  celeriantRule({
    code: 6002,
    name: 'ReplicationBatchWalSeqGap',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'N/A',
    connection: 'replication-port',
  }),
];
