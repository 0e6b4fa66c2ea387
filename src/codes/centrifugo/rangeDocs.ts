import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.disconnectPush;

/** Message, description, remediation and source of each rule in rangeRules.ts, keyed by rule id. */
export const rangeDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.disconnect.range.3000-3499': {
    message: 'server disconnect, reconnect',
    description: 'Server disconnect codes 3000-3499 that no row names: the client reconnects.',
    remediation: 'Let the session reconnect; look the code up in the server version you run.',
    source,
  },
  'centrifugo.disconnect.range.3500-3999': {
    message: 'server disconnect, terminal',
    description: 'Server disconnect codes 3500-3999 that no row names: terminal, no reconnect.',
    remediation: 'Fix the cause the reason names, then call connect() again.',
    source,
  },
  'centrifugo.disconnect.range.4000-4499': {
    message: 'application disconnect, reconnect',
    description: 'Application disconnect codes 4000-4499 (sent by your proxy or server code): reconnect.',
    remediation: 'Let the session reconnect; the application that sent the code documents it.',
    source,
  },
  'centrifugo.disconnect.range.4500-4999': {
    message: 'application disconnect, terminal',
    description: 'Application disconnect codes 4500-4999 (sent by your proxy or server code): terminal.',
    remediation: 'Handle the application reason, then call connect() again when it allows.',
    source,
  },
  'centrifugo.disconnect.default': {
    message: 'disconnect',
    description:
      'Any other disconnect code (below 3000, 5000 and up, or not an integer): centrifuge-js reconnects.',
    remediation: 'Let the session reconnect; send codes from 3000-4999 if you want a defined meaning.',
    source,
  },
  'centrifugo.unsubscribe.range.below-2500': {
    message: 'unsubscribe',
    description: 'Unsubscribe codes below 2500: the subscription ends and does not resubscribe.',
    remediation: 'Call subscribe() again only when the application decides to.',
    source: S.subscriptions,
  },
  'centrifugo.unsubscribe.range.2500-up': {
    message: 'unsubscribe, resubscribe',
    description: 'Unsubscribe codes 2500 and up: the subscription resubscribes at once.',
    remediation: 'Let the subscription resubscribe.',
    source: S.subscriptions,
  },
  'centrifugo.unsubscribe.default': {
    message: 'unsubscribe',
    description:
      'An unsubscribe code that is not an integer: resubscribe as centrifuge-js does, but after backoff.',
    remediation: 'Send integer unsubscribe codes from the server or proxy.',
    source: S.subscriptions,
  },
  'centrifugo.unknown-kind': {
    message: 'unknown signal kind',
    description:
      'A Centrifugo signal whose kind is not disconnect, close, unsubscribe or error: no state change.',
    remediation: 'Pass one of the signal kinds disconnect, close, unsubscribe or error.',
    source: 'DESIGN.md signals',
  },
};
