import type { CodeRule } from '../types.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * The default rules: what a signal no row names gets. They are rows of kind `range` so docs and
 * `catalog()` show them, while `lookup()` never returns them for a text.
 */
export const natsDefaultRules: Readonly<Record<'err' | 'closeReason' | 'clientError', CodeRule>> = {
  /** An unknown `-ERR`: the server closes the socket after fatal ones, so dial again. */
  err: {
    id: 'nats.err.default',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownErr',
    verdict: V.reconnect,
    extra: { appliesTo: 'err' },
  },
  /** An unknown close reason: the socket is gone, so dial again. */
  closeReason: {
    id: 'nats.close-reason.default',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownCloseReason',
    verdict: V.reconnect,
    extra: { appliesTo: 'close-reason' },
  },
  /** An unknown client error class: report it, change nothing. */
  clientError: {
    id: 'nats.client-error.default',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownClientError',
    verdict: V.ignore,
    extra: { appliesTo: 'client-error' },
  },
};
