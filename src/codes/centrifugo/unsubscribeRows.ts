import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'unsubscribe', source: S.currentSeed } as const;

/**
 * Centrifugo unsubscribe push codes. Below 2500 the subscription ends; 2500 and up it goes
 * back to subscribing and resubscribes at once (centrifuge-js skips the backoff here).
 */
export const unsubscribeRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.unsubscribe.2000',
    code: 2000,
    name: 'UnsubscribeCodeServer',
    message: 'server unsubscribe',
    description: 'The server unsubscribed the client through an explicit server API call; no resubscribe.',
    verdict: V.unsubscribe,
    remediation: 'Call subscribe() again only if your backend allows it again.',
  },
  {
    ...base,
    id: 'centrifugo.unsubscribe.2500',
    code: 2500,
    name: 'UnsubscribeCodeInsufficient',
    message: 'insufficient state',
    description:
      'The server detected message loss or disorder in the channel stream; resubscribing can still recover from the known position.',
    verdict: V.resubscribeNow,
    remediation:
      'Let the subscription resubscribe; if this repeats, check the link between Centrifugo and its broker.',
  },
  {
    ...base,
    id: 'centrifugo.unsubscribe.2501',
    code: 2501,
    name: 'UnsubscribeCodeExpired',
    message: 'subscription expired',
    description: 'The subscription token expired without a refresh; resubscribe with a new token.',
    verdict: V.resubscribeNow,
    remediation:
      'Set a subscription getToken that returns fresh tokens so the subscription can refresh in time.',
  },
  {
    ...base,
    id: 'centrifugo.unsubscribe.2502',
    code: 2502,
    name: 'UnsubscribeCodeStateInvalidated',
    message: 'state invalidated',
    description:
      'The server invalidated the subscription state; the client forgets its position and token and resubscribes.',
    verdict: V.resubscribeInvalidated,
    remediation: 'Reload the channel state from your backend after the subscription is subscribed again.',
    source: S.subscriptions,
  },
];
