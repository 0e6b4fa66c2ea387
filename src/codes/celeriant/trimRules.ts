import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant trim errors (3xxx), including 3006 which the seed lacks. The connection stays open. */
export const trimRules: readonly CodeRule[] = [
  celeriantRule({
    code: 3000,
    name: 'TrimAggregateNotExists',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 3001,
    name: 'TrimCacheError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 3002,
    name: 'TrimReplicationError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"LeaderFenced"|"GateTimeout"|…}, sometimes invalid JSON with an unquoted value',
  }),
  celeriantRule({
    code: 3003,
    name: 'TrimFsyncError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: 'some fsync variants send invalid JSON such as {b}',
  }),
  celeriantRule({
    code: 3004,
    name: 'TrimIndexOutOfRange',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"requested":N,"max_aggregate_version":N}',
  }),
  celeriantRule({
    code: 3005,
    name: 'TrimNotLeader',
    verdict: { scope: 'request', action: 'redirect' },
    actionClass: 'REDIR',
    connection: 'stays-open',
    detailShape: '{"leader_address":"host:port"}, or {} when the leader is unknown',
  }),
  celeriantRule({
    code: 3006,
    name: 'TrimReplicationBackpressure',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
  }),
];
