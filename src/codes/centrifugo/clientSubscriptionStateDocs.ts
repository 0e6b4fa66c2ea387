import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.clientSide;

/** Message, description, remediation and source of each rule in clientSubscriptionStateRules.ts, keyed by rule id. */
export const clientSubscriptionStateDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.client.subscribing.0': {
    message: 'subscribe called',
    description: 'The app called subscribe(); the subscription starts subscribing.',
    remediation: 'Nothing to do; wait for the subscribed state.',
    source,
  },
  'centrifugo.client.subscribing.1': {
    message: 'transport closed',
    description: 'The connection dropped; the subscription resubscribes with its position after reconnect.',
    remediation: 'Let the session reconnect; the subscription recovers on its own.',
    source,
  },
  'centrifugo.client.unsubscribed.0': {
    message: 'unsubscribe called',
    description: 'The app called unsubscribe().',
    remediation: 'Call subscribe() when the app wants the channel again.',
    source,
  },
  'centrifugo.client.unsubscribed.1': {
    message: 'unauthorized',
    description: 'The subscription getToken threw UnauthorizedError or returned an empty token.',
    remediation: 'Grant the user access to the channel, then call subscribe() again.',
    source,
  },
  'centrifugo.client.unsubscribed.2': {
    message: 'client closed',
    description: 'Defined by the SDK for a closed client; centrifuge-js never emits it.',
    remediation: 'Create a new client and subscription if you need the channel again.',
    source,
  },
  'centrifugo.client.unsubscribed.2502': {
    message: 'state invalidated',
    description:
      'The SDK names server code 2502 in its unsubscribed table, but it resubscribes at once from a fresh position.',
    remediation: 'Reload the channel state from your backend after the subscription is subscribed again.',
    source,
  },
};
