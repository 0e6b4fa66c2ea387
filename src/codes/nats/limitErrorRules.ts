import type { CodeRule } from '../types.ts';
import { natsRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Limit `-ERR`s (seed 000, "Connection Limit Errors" and the payload and control-line limits).
 * The server closes the socket after each of them except `maximum subscriptions exceeded` sent
 * on SUB, so the verdict is a reconnect (spec nats.md §2.1, §4.1).
 */
export const limitErrorRules: readonly CodeRule[] = [
  natsRule('err', {
    text: 'Maximum account active connections exceeded',
    name: 'ErrTooManyAccountConnections',
    verdict: V.reconnect,
    extra: {
      constant: 'ErrTooManyAccountConnections',
      wire: true,
      closeReason: 'MaxAccountConnectionsExceeded',
    },
  }),
  natsRule('err', {
    text: 'Maximum connections exceeded',
    name: 'ErrTooManyConnections',
    verdict: V.reconnect,
    extra: { constant: 'ErrTooManyConnections', wire: true, closeReason: 'MaxConnectionsExceeded' },
  }),
  natsRule('err', {
    text: 'Connection Throttling Is Active',
    name: 'ConnectionThrottlingIsActive',
    verdict: V.reconnect,
    extra: { constant: 'Connection Throttling Is Active', wire: true, closeReason: 'MaxConnectionsExceeded' },
  }),
  natsRule('err', {
    text: 'Maximum Clients Exceeded',
    name: 'MaximumClientsExceeded',
    verdict: V.reconnect,
    extra: { constant: 'Maximum Clients Exceeded', wire: false },
  }),
  natsRule('err', {
    text: 'Maximum subscriptions exceeded',
    name: 'ErrTooManySubs',
    verdict: V.ignore,
    extra: { constant: 'ErrTooManySubs', wire: true, closeReason: 'MaxSubscriptionsExceeded' },
  }),
  natsRule('err', {
    text: 'Maximum Payload Violation',
    name: 'MaximumPayloadViolation',
    verdict: V.reconnect,
    extra: { constant: 'Maximum Payload Violation', wire: true, closeReason: 'MaxPayloadExceeded' },
  }),
  natsRule('err', {
    text: 'Maximum payload exceeded',
    name: 'ErrMaxPayload',
    verdict: V.reconnect,
    extra: { constant: 'ErrMaxPayload', wire: false, closeReason: 'MaxPayloadExceeded' },
  }),
  natsRule('err', {
    text: 'Maximum control line exceeded',
    name: 'ErrMaxControlLine',
    verdict: V.reconnect,
    extra: { constant: 'ErrMaxControlLine', wire: true, closeReason: 'MaxControlLineExceeded' },
  }),
];
