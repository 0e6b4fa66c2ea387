import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant existence-check / aggregate-details errors (7xxx). The connection stays open. */
export const existsRules: readonly CodeRule[] = [
  celeriantRule({
    code: 7000,
    name: 'ExistsCacheError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
  }),
  celeriantRule({
    code: 7001,
    name: 'ExistsAggregateNotExists',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'NF',
    connection: 'stays-open',
    detailShape: '{}',
  }),
  celeriantRule({
    code: 7002,
    name: 'ExistsMetablockReadError',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
];
