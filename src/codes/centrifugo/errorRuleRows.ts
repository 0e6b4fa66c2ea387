import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'range', source: S.replyErrors } as const;

/**
 * Rules for reply errors no row decides alone. `extra.path` picks the verdict from the phase
 * table (`errorPhaseVerdicts`); the row's own verdict is the one for a connect reply.
 * Rows with `extra.during` are exceptions for one phase and code, checked first.
 */
export const errorRuleRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.error.below-100',
    name: 'ClientSideError',
    message: 'client-side error',
    description: 'Error codes below 100 are client-side (timeouts, closed transport): try again.',
    verdict: V.reconnect,
    remediation: 'Let the session try again; check the network and the timeout option if it repeats.',
    extra: { signal: 'error', path: 'retry', from: Number.MIN_SAFE_INTEGER, to: 99 },
  },
  {
    ...base,
    id: 'centrifugo.error.temporary',
    name: 'TemporaryError',
    message: 'temporary error',
    description: 'A reply error the server or proxy marked temporary: try again with backoff.',
    verdict: V.reconnect,
    remediation: 'Let the session try again with backoff.',
    extra: { signal: 'error', path: 'retry' },
  },
  {
    ...base,
    id: 'centrifugo.error.default',
    name: 'PermanentError',
    message: 'error',
    description:
      'A reply error that is not temporary, not below 100 and not 109 (custom proxy codes included): permanent for this phase.',
    verdict: V.close,
    remediation:
      'Fix the cause the error message names; mark the error temporary in your proxy if a retry can help.',
    extra: { signal: 'error', path: 'terminal' },
  },
  {
    ...base,
    id: 'centrifugo.error.subscribe-timeout',
    name: 'SubscribeTimeout',
    message: 'timeout',
    description:
      'A subscribe command timed out: centrifuge-js reconnects the whole client (connecting code 3).',
    verdict: V.reconnect,
    remediation: 'Raise the timeout option or find why the server answers subscribe slowly.',
    extra: { signal: 'error', during: 'subscribe', from: 1, to: 1 },
  },
  {
    ...base,
    id: 'centrifugo.error.subscribe-connection-closed',
    name: 'SubscribeConnectionClosed',
    message: 'connection closed',
    description:
      'The transport closed while a subscribe was in flight: ignored, the subscription resubscribes on the next connect.',
    verdict: V.ignore,
    remediation: 'Nothing to do; the connection handles the reconnect.',
    extra: { signal: 'error', during: 'subscribe', from: 11, to: 11 },
  },
];
