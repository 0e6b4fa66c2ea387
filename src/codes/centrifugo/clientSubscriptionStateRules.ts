import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'client' } as const;

/**
 * centrifuge-js's own subscription state codes: the `code` of its subscribing and unsubscribed
 * events when the client itself, not the server, caused the change.
 * `extra.table` and `extra.constant` name the SDK enum member.
 */
export const clientSubscriptionStateRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.client.subscribing.0',
    code: 0,
    name: 'subscribingCodes.subscribeCalled',
    verdict: V.ignore,
    extra: { table: 'subscribingCodes', constant: 'subscribeCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.subscribing.1',
    code: 1,
    name: 'subscribingCodes.transportClosed',
    verdict: V.resubscribe,
    extra: { table: 'subscribingCodes', constant: 'transportClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.0',
    code: 0,
    name: 'unsubscribedCodes.unsubscribeCalled',
    verdict: V.unsubscribe,
    extra: { table: 'unsubscribedCodes', constant: 'unsubscribeCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.1',
    code: 1,
    name: 'unsubscribedCodes.unauthorized',
    verdict: V.unsubscribe,
    extra: { table: 'unsubscribedCodes', constant: 'unauthorized' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.2',
    code: 2,
    name: 'unsubscribedCodes.clientClosed',
    verdict: V.unsubscribe,
    extra: { table: 'unsubscribedCodes', constant: 'clientClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.2502',
    code: 2502,
    name: 'unsubscribedCodes.stateInvalidated',
    verdict: V.resubscribeInvalidated,
    extra: { table: 'unsubscribedCodes', constant: 'stateInvalidated' },
  },
];
