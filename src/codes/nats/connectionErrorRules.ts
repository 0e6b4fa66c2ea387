import type { CodeRule } from '../types.ts';
import { serverErrRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * TLS, connection state, slow consumer and other errors (seed 000). The server drops the socket
 * after these; slow consumers and write deadlines drop it without any `-ERR`.
 */
export const connectionErrorRules: readonly CodeRule[] = [
  serverErrRule('Stale Connection', 'Stale Connection', V.reconnect, {
    wire: true,
    closeReason: 'StaleConnection',
  }),
  serverErrRule('Secure Connection - TLS Required', 'Secure Connection - TLS Required', V.reconnect, {
    wire: true,
    closeReason: 'TLSHandshakeError',
  }),
  serverErrRule('TLS Handshake Error', 'TLS Handshake Error', V.reconnect, {
    closeReason: 'TLSHandshakeError',
  }),
  serverErrRule('Certificate not pinned', 'ErrCertNotPinned', V.reconnect, {
    closeReason: 'TLSHandshakeError',
  }),
  serverErrRule('Connection closed', 'ErrConnectionClosed', V.reconnect),
  serverErrRule('Server is not running', 'ErrServerNotRunning', V.reconnect, {
    closeReason: 'ServerShutdown',
  }),
  serverErrRule('Slow Consumer Detected', 'Slow Consumer Detected', V.reconnect, {
    closeReason: 'SlowConsumerPendingBytes',
  }),
  serverErrRule('Consumer Is Slow', 'Consumer Is Slow', V.reconnect, {
    closeReason: 'SlowConsumerPendingBytes',
  }),
  serverErrRule('Write Deadline Exceeded', 'Write Deadline Exceeded', V.reconnect, {
    closeReason: 'SlowConsumerWriteDeadline',
  }),
  serverErrRule('Subscribe permission violation', 'ErrSubscribePermissionViolation', V.unsubscribe),
  serverErrRule('Minimum version required', 'ErrMinimumVersionRequired', V.reconnect, {
    closeReason: 'MinimumVersionRequired',
  }),
  serverErrRule('Search cycle depth exhausted', 'ErrCycleSearchDepth', V.ignore),
];
