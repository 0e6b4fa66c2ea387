import type { CodeRule } from '../types.ts';
import { natsRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Texts the nats.docs `-ERR` list names that the server never sends (spec nats.md §4.1,
 * "Discrepancies"). They get rows so a client that trusts the docs still finds them; the
 * verdict is what nats.js would do with them (a protocol error, then the server's close).
 */
export const docErrorRules: readonly CodeRule[] = [
  natsRule('err', {
    text: 'Authorization Timeout',
    name: 'AuthorizationTimeout',
    verdict: V.reconnect,
    extra: { wire: false, docOnly: true },
  }),
  natsRule('err', {
    text: 'Slow Consumer',
    name: 'SlowConsumer',
    verdict: V.reconnect,
    extra: { wire: false, docOnly: true, closeReason: 'SlowConsumerPendingBytes' },
  }),
];
