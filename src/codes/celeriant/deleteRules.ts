import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant delete errors (4xxx), including 4007 which the seed lacks. The connection stays open. */
export const deleteRules: readonly CodeRule[] = [
  celeriantRule({
    code: 4000,
    name: 'DeleteAggregateNotExists',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 4001,
    name: 'DeleteEmptyDeleteList',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 4002,
    name: 'DeleteOptimisticConcurrencyViolation',
    verdict: { scope: 'request', action: 'conflict' },
    actionClass: 'OCC',
    connection: 'stays-open',
    detailShape: '{"expected_version":N,"current_aggregate_version":N}',
  }),
  celeriantRule({
    code: 4003,
    name: 'DeleteCacheError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 4004,
    name: 'DeleteReplicationError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"LeaderFenced"|"GateTimeout"|…}, sometimes invalid JSON with an unquoted value',
  }),
  celeriantRule({
    code: 4005,
    name: 'DeleteFsyncError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: 'some fsync variants send invalid JSON such as {c}',
  }),
  celeriantRule({
    code: 4006,
    name: 'DeleteNotLeader',
    verdict: { scope: 'request', action: 'redirect' },
    actionClass: 'REDIR',
    connection: 'stays-open',
    detailShape: '{"leader_address":"host:port"}, or {} when the leader is unknown',
  }),
  celeriantRule({
    code: 4007,
    name: 'DeleteReplicationBackpressure',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
  }),
];
