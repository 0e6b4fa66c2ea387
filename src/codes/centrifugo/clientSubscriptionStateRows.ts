import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'client', source: S.clientSide } as const;

/**
 * centrifuge-js's own subscription state codes: the `code` of its subscribing and unsubscribed
 * events when the client itself, not the server, caused the change.
 * `extra.table` and `extra.constant` name the SDK enum member.
 */
export const clientSubscriptionStateRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.client.subscribing.0',
    code: 0,
    name: 'subscribingCodes.subscribeCalled',
    message: 'subscribe called',
    description: 'The app called subscribe(); the subscription starts subscribing.',
    verdict: V.ignore,
    remediation: 'Nothing to do; wait for the subscribed state.',
    extra: { table: 'subscribingCodes', constant: 'subscribeCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.subscribing.1',
    code: 1,
    name: 'subscribingCodes.transportClosed',
    message: 'transport closed',
    description: 'The connection dropped; the subscription resubscribes with its position after reconnect.',
    verdict: V.resubscribe,
    remediation: 'Let the session reconnect; the subscription recovers on its own.',
    extra: { table: 'subscribingCodes', constant: 'transportClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.0',
    code: 0,
    name: 'unsubscribedCodes.unsubscribeCalled',
    message: 'unsubscribe called',
    description: 'The app called unsubscribe().',
    verdict: V.unsubscribe,
    remediation: 'Call subscribe() when the app wants the channel again.',
    extra: { table: 'unsubscribedCodes', constant: 'unsubscribeCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.1',
    code: 1,
    name: 'unsubscribedCodes.unauthorized',
    message: 'unauthorized',
    description: 'The subscription getToken threw UnauthorizedError or returned an empty token.',
    verdict: V.unsubscribe,
    remediation: 'Grant the user access to the channel, then call subscribe() again.',
    extra: { table: 'unsubscribedCodes', constant: 'unauthorized' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.2',
    code: 2,
    name: 'unsubscribedCodes.clientClosed',
    message: 'client closed',
    description: 'Defined by the SDK for a closed client; centrifuge-js never emits it.',
    verdict: V.unsubscribe,
    remediation: 'Create a new client and subscription if you need the channel again.',
    extra: { table: 'unsubscribedCodes', constant: 'clientClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.unsubscribed.2502',
    code: 2502,
    name: 'unsubscribedCodes.stateInvalidated',
    message: 'state invalidated',
    description:
      'The SDK names server code 2502 in its unsubscribed table, but it resubscribes at once from a fresh position.',
    verdict: V.resubscribeInvalidated,
    remediation: 'Reload the channel state from your backend after the subscription is subscribed again.',
    extra: { table: 'unsubscribedCodes', constant: 'stateInvalidated' },
  },
];
