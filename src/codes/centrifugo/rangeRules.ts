import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const LOWEST = Number.MIN_SAFE_INTEGER;
const HIGHEST = Number.MAX_SAFE_INTEGER;
const disconnect = { protocol: 'centrifugo', kind: 'range' } as const;
const unsubscribe = { protocol: 'centrifugo', kind: 'range' } as const;

/**
 * Range and default rules for Centrifugo codes no row names. `extra.signal` is the signal kind
 * the rule answers, `extra.from`/`extra.to` the inclusive code range; a rule without a range is
 * the kind's default. Disconnect ranges also decide close events with a plain-text reason.
 */
export const rangeRules: readonly CodeRule[] = [
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.3000-3499',
    name: 'ServerReconnectRange',
    verdict: V.reconnect,
    extra: { signal: 'disconnect', from: 3000, to: 3499 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.3500-3999',
    name: 'ServerTerminalRange',
    verdict: V.close,
    extra: { signal: 'disconnect', from: 3500, to: 3999 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.4000-4499',
    name: 'AppReconnectRange',
    verdict: V.reconnect,
    extra: { signal: 'disconnect', from: 4000, to: 4499 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.range.4500-4999',
    name: 'AppTerminalRange',
    verdict: V.close,
    extra: { signal: 'disconnect', from: 4500, to: 4999 },
  },
  {
    ...disconnect,
    id: 'centrifugo.disconnect.default',
    name: 'DisconnectDefault',
    verdict: V.reconnect,
    extra: { signal: 'disconnect' },
  },
  {
    ...unsubscribe,
    id: 'centrifugo.unsubscribe.range.below-2500',
    name: 'UnsubscribeTerminalRange',
    verdict: V.unsubscribe,
    extra: { signal: 'unsubscribe', from: LOWEST, to: 2499 },
  },
  {
    ...unsubscribe,
    id: 'centrifugo.unsubscribe.range.2500-up',
    name: 'UnsubscribeResubscribeRange',
    verdict: V.resubscribeNow,
    extra: { signal: 'unsubscribe', from: 2500, to: HIGHEST },
  },
  {
    ...unsubscribe,
    id: 'centrifugo.unsubscribe.default',
    name: 'UnsubscribeDefault',
    verdict: V.resubscribe,
    extra: { signal: 'unsubscribe' },
  },
  {
    ...disconnect,
    id: 'centrifugo.unknown-kind',
    name: 'UnknownSignalKind',
    verdict: V.ignore,
    extra: { signal: '*' },
  },
];
