import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant listing errors (5xxx): server-side disk reads. The connection stays open. */
export const listRules: readonly CodeRule[] = [
  celeriantRule({
    code: 5000,
    name: 'ListOrgsDiskRead',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 5001,
    name: 'ListAggregateTypesDiskRead',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 5002,
    name: 'ListAggregatesDiskRead',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'INT',
    connection: 'stays-open',
    detailShape: '{"detail":"…"}',
  }),
];
