import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/**
 * Celeriant watch errors (8xxx), including 8005 which the seed lacks. A watch is the
 * subscription analogue: it owns its connection, and the server closes that connection after
 * 8001, 8002–8004 and 8005.
 */
export const watchRules: readonly CodeRule[] = [
  celeriantRule({
    code: 8000,
    name: 'WatchRequestInvalid',
    verdict: { scope: 'subscription', action: 'unsubscribe' },
    actionClass: 'FAIL',
    connection: 'unknown',
  }),
  celeriantRule({
    code: 8001,
    name: 'LatencyTooHigh',
    verdict: { scope: 'subscription', action: 'unsubscribe' },
    actionClass: 'FAIL',
    connection: 'closes',
    detailShape: '{"requested_ms","max_ms"}',
  }),
  celeriantRule({
    code: 8002,
    name: 'WatchReadIo',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    actionClass: 'RESUB',
    connection: 'closes',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 8003,
    name: 'WatchReadSerialization',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    actionClass: 'RESUB',
    connection: 'closes',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 8004,
    name: 'WatchReadOther',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    actionClass: 'RESUB',
    connection: 'closes',
    detailShape: '{"detail":"…"}',
  }),
  celeriantRule({
    code: 8005,
    name: 'WatchTooManySubscribers',
    verdict: { scope: 'subscription', action: 'resubscribe' },
    actionClass: 'BO',
    connection: 'closes',
    detailShape: '{"active_subscribers","max_subscribers"}',
  }),
];
