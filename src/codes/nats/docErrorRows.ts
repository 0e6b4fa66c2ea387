import type { CodeEntry } from '../types.ts';
import { natsRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Texts the nats.docs `-ERR` list names that the server never sends (spec nats.md §4.1,
 * "Discrepancies"). They get rows so a client that trusts the docs still finds them; the
 * verdict is what nats.js would do with them (a protocol error, then the server's close).
 */
export const docErrorRows: readonly CodeEntry[] = [
  natsRow('err', {
    text: 'Authorization Timeout',
    name: 'AuthorizationTimeout',
    description:
      "The docs' name for the authentication timeout. The server sends Authentication Timeout; nats.js would treat this text as a protocol error and reconnect.",
    verdict: V.reconnect,
    remediation: 'Match Authentication Timeout instead; send CONNECT promptly after INFO.',
    source: 'spec nats.md §4.1',
    extra: { wire: false, docOnly: true },
  }),
  natsRow('err', {
    text: 'Slow Consumer',
    name: 'SlowConsumer',
    description:
      'Listed in the docs, but the server never sends it: a slow consumer loses its socket without an -ERR, and the session reconnects.',
    verdict: V.reconnect,
    remediation:
      'Read messages faster (smaller handlers, more queue subscribers) or raise the server write_deadline and max_pending.',
    source: 'spec nats.md §4.1',
    extra: { wire: false, docOnly: true, closeReason: 'SlowConsumerPendingBytes' },
  }),
];
