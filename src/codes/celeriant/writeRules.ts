import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

const REPLICATION_DETAIL =
  '{"detail":"LeaderFenced"|"BudgetExhausted"|"GateTimeout"|"LeaseUnconfirmed"|…}; RollbackInProgress and ReplicationClientLockTimeoutError come as invalid JSON with an unquoted value';
const FSYNC_DETAIL = 'some fsync variants send invalid JSON such as {a}';

/** Celeriant write and request errors (2000–2013). The connection stays open after each. */
export const writeRules: readonly CodeRule[] = [
  celeriantRule({
    code: 2000,
    name: 'EmptyEventsList',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 2001,
    name: 'ZeroEventType',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"client_seq":N}',
  }),
  celeriantRule({
    code: 2002,
    name: 'ClientIdempotencyViolation',
    verdict: { scope: 'request', action: 'succeed' },
    actionClass: 'S',
    connection: 'stays-open',
    detailShape: '{"last_client_seq":N,"attempted_client_seq":N}',
  }),
  celeriantRule({
    code: 2003,
    name: 'OptimisticConcurrencyViolation',
    verdict: { scope: 'request', action: 'conflict' },
    actionClass: 'OCC',
    connection: 'stays-open',
    detailShape: '{"expected_version":N,"current_aggregate_version":N}',
  }),
  celeriantRule({
    code: 2004,
    name: 'FailedToSerialiseDatablocks',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 2005,
    name: 'AggregateNotExists',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 2006,
    name: 'AggregateRecreateNotAllowed',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 2007,
    name: 'WriteReplicationError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: REPLICATION_DETAIL,
    extra: { retryableWithSameSequence: true },
  }),
  celeriantRule({
    code: 2008,
    name: 'WriteFsyncError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: FSYNC_DETAIL,
    extra: { retryableWithSameSequence: true },
  }),
  celeriantRule({
    code: 2009,
    name: 'WriteCacheAggregateClientError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 2010,
    name: 'WriteAggregateExistsCacheError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 2011,
    name: 'NotLeader',
    verdict: { scope: 'request', action: 'redirect' },
    actionClass: 'REDIR',
    connection: 'stays-open',
    detailShape: '{"leader_address":"host:port"}, or {} when the leader is unknown',
  }),
  celeriantRule({
    code: 2012,
    name: 'WriteReplicationBackpressure',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 2013,
    name: 'InflightDuplicateWrite',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'HOLD',
    connection: 'stays-open',
    detailShape: '{"last_client_seq":N,"attempted_client_seq":N}',
  }),
];
