import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'range' } as const;

/**
 * Rules for WebSocket close events (centrifuge-js `onClose`), checked before the disconnect
 * ranges. Codes from 3000 with a plain-text reason fall through to the disconnect rows and ranges.
 */
export const closeRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.close.json-advice',
    name: 'CloseJsonAdvice',
    verdict: V.reconnect,
    extra: { signal: 'close', decidedBy: 'reason.reconnect' },
  },
  {
    ...base,
    id: 'centrifugo.close.1009',
    name: 'CloseMessageTooBig',
    verdict: V.close,
    extra: { signal: 'close', from: 1009, to: 1009, overridesAdvice: true },
  },
  {
    ...base,
    id: 'centrifugo.close.below-3000',
    name: 'CloseTransport',
    verdict: V.reconnect,
    extra: { signal: 'close', from: Number.MIN_SAFE_INTEGER, to: 2999 },
  },
  {
    ...base,
    id: 'centrifugo.close.empty-reason',
    name: 'CloseEmptyReason',
    verdict: V.reconnect,
    extra: { signal: 'close', from: 3000, to: Number.MAX_SAFE_INTEGER },
  },
];
