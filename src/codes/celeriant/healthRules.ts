import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/** Celeriant server health errors (11xxx). The connection stays open. */
export const healthRules: readonly CodeRule[] = [
  celeriantRule({
    code: 11000,
    name: 'ServerBusy',
    verdict: { scope: 'request', action: 'retry' },
    actionClass: 'BO',
    connection: 'stays-open',
    detailShape: '{}',
  }),
];
