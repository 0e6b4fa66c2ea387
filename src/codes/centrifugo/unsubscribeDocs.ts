import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.currentSeed;

/** Message, description, remediation and source of each rule in unsubscribeRules.ts, keyed by rule id. */
export const unsubscribeDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.unsubscribe.2000': {
    message: 'server unsubscribe',
    description: 'The server unsubscribed the client through an explicit server API call; no resubscribe.',
    remediation: 'Call subscribe() again only if your backend allows it again.',
    source,
  },
  'centrifugo.unsubscribe.2500': {
    message: 'insufficient state',
    description:
      'The server detected message loss or disorder in the channel stream; resubscribing can still recover from the known position.',
    remediation:
      'Let the subscription resubscribe; if this repeats, check the link between Centrifugo and its broker.',
    source,
  },
  'centrifugo.unsubscribe.2501': {
    message: 'subscription expired',
    description: 'The subscription token expired without a refresh; resubscribe with a new token.',
    remediation:
      'Set a subscription getToken that returns fresh tokens so the subscription can refresh in time.',
    source,
  },
  'centrifugo.unsubscribe.2502': {
    message: 'state invalidated',
    description:
      'The server invalidated the subscription state; the client forgets its position and token and resubscribes.',
    remediation: 'Reload the channel state from your backend after the subscription is subscribed again.',
    source: S.subscriptions,
  },
};
