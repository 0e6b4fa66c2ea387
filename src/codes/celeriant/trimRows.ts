import type { CodeEntry } from '../types.ts';
import { celeriantRow, SPEC_SOURCE } from './celeriantRow.ts';

/** Celeriant trim errors (3xxx), including 3006 which the seed lacks. The connection stays open. */
export const trimRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 3000,
    name: 'TrimAggregateNotExists',
    message: 'No such aggregate to trim.',
    description: 'The aggregate does not exist, so there is nothing to trim.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Check the org, type and aggregate ids of the trim.',
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRow({
    code: 3001,
    name: 'TrimCacheError',
    message: 'Internal cache error during trim.',
    description: 'A server-internal cache fault during the trim.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Report it to the operator and send the trim again later.',
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRow({
    code: 3002,
    name: 'TrimReplicationError',
    message: 'Replication failed during the trim.',
    description: 'The leader could not replicate the trim.',
    verdict: { scope: 'request', action: 'fail' },
    remediation:
      'Send the trim again once the cluster is healthy; a trim to the same index is harmless to repeat.',
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"LeaderFenced"|"GateTimeout"|…}, sometimes invalid JSON with an unquoted value',
  }),
  celeriantRow({
    code: 3003,
    name: 'TrimFsyncError',
    message: 'Fsync failed during the trim.',
    description: "The server's disk rejected the trim.",
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Report the disk fault to the operator and send the trim again later.',
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: 'some fsync variants send invalid JSON such as {b}',
  }),
  celeriantRow({
    code: 3004,
    name: 'TrimIndexOutOfRange',
    message: "The trim index is outside the stream's current range.",
    description: 'The requested index is past max_aggregate_version (or below the current start).',
    verdict: { scope: 'request', action: 'fail' },
    remediation:
      'Trim to an index between the start of the stream and max_aggregate_version from the details.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"requested":N,"max_aggregate_version":N}',
  }),
  celeriantRow({
    code: 3005,
    name: 'TrimNotLeader',
    message: 'The trim hit a follower. Retry against the leader.',
    description:
      'This node is not the leader; the details name it as leader_address, or are {} when unknown.',
    verdict: { scope: 'request', action: 'redirect' },
    remediation:
      'Resend the trim to leader_address at once; when it is absent or unreachable, try the next seed and cap the hops.',
    actionClass: 'REDIR',
    connection: 'stays-open',
    detailShape: '{"leader_address":"host:port"}, or {} when the leader is unknown',
  }),
  celeriantRow({
    code: 3006,
    name: 'TrimReplicationBackpressure',
    message: 'The follower cannot keep up; the leader is shedding trim load. Back off and retry.',
    description:
      'The same backpressure gate as 2012, for trims. .NET treats it as busy; the Rust client returns it to the caller.',
    verdict: { scope: 'request', action: 'retry' },
    remediation: 'Back off and send the same trim again.',
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
    source: SPEC_SOURCE,
  }),
];
