import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'range' } as const;

/**
 * Rules for reply errors no row decides alone. `extra.path` picks the verdict from the phase
 * table (`errorPhaseVerdicts`); the row's own verdict is the one for a connect reply.
 * Rows with `extra.during` are exceptions for one phase and code, checked first.
 */
export const errorRangeRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.error.below-100',
    name: 'ClientSideError',
    verdict: V.reconnect,
    extra: { signal: 'error', path: 'retry', from: Number.MIN_SAFE_INTEGER, to: 99 },
  },
  {
    ...base,
    id: 'centrifugo.error.temporary',
    name: 'TemporaryError',
    verdict: V.reconnect,
    extra: { signal: 'error', path: 'retry' },
  },
  {
    ...base,
    id: 'centrifugo.error.default',
    name: 'PermanentError',
    verdict: V.close,
    extra: { signal: 'error', path: 'terminal' },
  },
  {
    ...base,
    id: 'centrifugo.error.subscribe-timeout',
    name: 'SubscribeTimeout',
    verdict: V.reconnect,
    extra: { signal: 'error', during: 'subscribe', from: 1, to: 1 },
  },
  {
    ...base,
    id: 'centrifugo.error.subscribe-connection-closed',
    name: 'SubscribeConnectionClosed',
    verdict: V.ignore,
    extra: { signal: 'error', during: 'subscribe', from: 11, to: 11 },
  },
  {
    ...base,
    id: 'centrifugo.error.subscribe-strict-unrecoverable',
    name: 'UnrecoverablePositionReload',
    verdict: V.resubscribeFromState,
    extra: { signal: 'error', during: 'subscribe-strict', from: 112, to: 112 },
  },
];
