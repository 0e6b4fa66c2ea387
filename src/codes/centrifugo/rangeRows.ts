import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const LOWEST = Number.MIN_SAFE_INTEGER;
const HIGHEST = Number.MAX_SAFE_INTEGER;
const disconnect = { protocol: 'centrifugo', kind: 'range', source: S.disconnectPush } as const;
const unsubscribe = { protocol: 'centrifugo', kind: 'range', source: S.subscriptions } as const;

/**
 * Range and default rules for Centrifugo codes no row names. `extra.signal` is the signal kind
 * the rule answers, `extra.from`/`extra.to` the inclusive code range; a rule without a range is
 * the kind's default. Disconnect ranges also decide close events with a plain-text reason.
 */
export const rangeRows: readonly CodeEntry[] = [
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.3000-3499',
    name: 'ServerReconnectRange',
    message: 'server disconnect, reconnect',
    description: 'Server disconnect codes 3000-3499 that no row names: the client reconnects.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; look the code up in the server version you run.',
    extra: { signal: 'disconnect', from: 3000, to: 3499 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.3500-3999',
    name: 'ServerTerminalRange',
    message: 'server disconnect, terminal',
    description: 'Server disconnect codes 3500-3999 that no row names: terminal, no reconnect.',
    verdict: V.close,
    remediation: 'Fix the cause the reason names, then call connect() again.',
    extra: { signal: 'disconnect', from: 3500, to: 3999 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.4000-4499',
    name: 'AppReconnectRange',
    message: 'application disconnect, reconnect',
    description: 'Application disconnect codes 4000-4499 (sent by your proxy or server code): reconnect.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; the application that sent the code documents it.',
    extra: { signal: 'disconnect', from: 4000, to: 4499 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.4500-4999',
    name: 'AppTerminalRange',
    message: 'application disconnect, terminal',
    description: 'Application disconnect codes 4500-4999 (sent by your proxy or server code): terminal.',
    verdict: V.close,
    remediation: 'Handle the application reason, then call connect() again when it allows.',
    extra: { signal: 'disconnect', from: 4500, to: 4999 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.default',
    name: 'DisconnectDefault',
    message: 'disconnect',
    description:
      'Any other disconnect code (below 3000, 5000 and up, or not an integer): centrifuge-js reconnects.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; send codes from 3000-4999 if you want a defined meaning.',
    extra: { signal: 'disconnect' },
  },
  {
    ...unsubscribe,
    id: 'centrifugo.unsubscribe.range.below-2500',
    name: 'UnsubscribeTerminalRange',
    message: 'unsubscribe',
    description: 'Unsubscribe codes below 2500: the subscription ends and does not resubscribe.',
    verdict: V.unsubscribe,
    remediation: 'Call subscribe() again only when the application decides to.',
    extra: { signal: 'unsubscribe', from: LOWEST, to: 2499 },
  },
  {
    ...unsubscribe,
    id: 'centrifugo.unsubscribe.range.2500-up',
    name: 'UnsubscribeResubscribeRange',
    message: 'unsubscribe, resubscribe',
    description: 'Unsubscribe codes 2500 and up: the subscription resubscribes at once.',
    verdict: V.resubscribeNow,
    remediation: 'Let the subscription resubscribe.',
    extra: { signal: 'unsubscribe', from: 2500, to: HIGHEST },
  },
  {
    ...unsubscribe,
    id: 'centrifugo.unsubscribe.default',
    name: 'UnsubscribeDefault',
    message: 'unsubscribe',
    description:
      'An unsubscribe code that is not an integer: resubscribe as centrifuge-js does, but after backoff.',
    verdict: V.resubscribe,
    remediation: 'Send integer unsubscribe codes from the server or proxy.',
    extra: { signal: 'unsubscribe' },
  },
  {
    ...disconnect,
    id: 'centrifugo.unknown-kind',
    name: 'UnknownSignalKind',
    message: 'unknown signal kind',
    description:
      'A Centrifugo signal whose kind is not disconnect, close, unsubscribe or error: no state change.',
    verdict: V.ignore,
    remediation: 'Pass one of the signal kinds disconnect, close, unsubscribe or error.',
    source: 'DESIGN.md signals',
    extra: { signal: '*' },
  },
];
