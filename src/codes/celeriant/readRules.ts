import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant read errors (1xxx). The connection stays open after each. */
export const readRules: readonly CodeRule[] = [
  celeriantRule({
    code: 1000,
    name: 'UnavailableBatchIndex',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{"requested":N,"minimum_available":N}',
  }),
  celeriantRule({
    code: 1001,
    name: 'AggregateNotExists',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 1002,
    name: 'CacheLoadLockTimeout',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'BO',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 1003,
    name: 'CacheLoadFileScan',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 1004,
    name: 'FetchDatablocks',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 1005,
    name: 'FetchMetablocks',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
];
