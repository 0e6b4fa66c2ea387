import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'unsubscribe' } as const;

/**
 * Centrifugo unsubscribe push codes. Below 2500 the subscription ends; 2500 and up it goes
 * back to subscribing and resubscribes at once (centrifuge-js skips the backoff here).
 */
export const unsubscribeRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.unsubscribe.2000',
    code: 2000,
    name: 'UnsubscribeCodeServer',
    verdict: V.unsubscribe,
  },
  {
    ...base,
    id: 'centrifugo.unsubscribe.2500',
    code: 2500,
    name: 'UnsubscribeCodeInsufficient',
    verdict: V.resubscribeNow,
  },
  {
    ...base,
    id: 'centrifugo.unsubscribe.2501',
    code: 2501,
    name: 'UnsubscribeCodeExpired',
    verdict: V.resubscribeNow,
  },
  {
    ...base,
    id: 'centrifugo.unsubscribe.2502',
    code: 2502,
    name: 'UnsubscribeCodeStateInvalidated',
    verdict: V.resubscribeInvalidated,
  },
];
