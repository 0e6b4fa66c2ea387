import type { CodeEntry } from '../types.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * The default rules: what a signal no row names gets. They are rows of kind `range` so docs and
 * `catalog()` show them, while `lookup()` never returns them for a text.
 */
export const natsDefaultRows: Readonly<Record<'err' | 'closeReason' | 'clientError', CodeEntry>> = {
  /** An unknown `-ERR`: the server closes the socket after fatal ones, so dial again. */
  err: {
    id: 'nats.err.default',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownErr',
    message: '-ERR with a text no row names',
    description:
      'An -ERR no row names. nats.js turns it into a ProtocolError; the server closes the socket after fatal errors, so the session reconnects (spec nats.md §2.1, §10).',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; report the -ERR text so it can get its own row.',
    source: 'spec nats.md §2.1',
    extra: { appliesTo: 'err' },
  },
  /** An unknown close reason: the socket is gone, so dial again. */
  closeReason: {
    id: 'nats.close-reason.default',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownCloseReason',
    message: 'A close reason no row names',
    description:
      'A close reason no row names (a newer server). The socket is gone, so the session reconnects.',
    verdict: V.reconnect,
    remediation:
      'Let the session reconnect; check the server version and its release notes for the new reason.',
    source: 'spec nats.md §4.1',
    extra: { appliesTo: 'close-reason' },
  },
  /** An unknown client error class: report it, change nothing. */
  clientError: {
    id: 'nats.client-error.default',
    protocol: 'nats',
    kind: 'range',
    name: 'UnknownClientError',
    message: 'An error class no row names',
    description: 'An error class no row names; the session reports it and changes nothing.',
    verdict: V.ignore,
    remediation: 'Handle the error where it was thrown, or add an override for its class name.',
    source: 'spec nats.md §6',
    extra: { appliesTo: 'client-error' },
  },
};
