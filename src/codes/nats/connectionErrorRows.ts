import type { CodeEntry } from '../types.ts';
import { serverErrRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const SLOW =
  'Read messages faster (smaller handlers, more queue subscribers) or raise the server write_deadline and max_pending.';
const TLS = "Connect with TLS (a tls:// or wss:// server) and a certificate the server's TLS block accepts.";

/**
 * TLS, connection state, slow consumer and other errors (seed 000). The server drops the socket
 * after these; slow consumers and write deadlines drop it without any `-ERR`.
 */
export const connectionErrorRows: readonly CodeEntry[] = [
  serverErrRow(
    'Stale Connection',
    'Stale Connection',
    V.reconnect,
    'The client did not answer the server PINGs within ping_max; the server closes the socket. nats.js reconnects at once.',
    "Keep the client's event loop responsive so it answers PINGs, or raise the server ping_interval and ping_max.",
    { wire: true, closeReason: 'StaleConnection' },
  ),
  serverErrRow(
    'Secure Connection - TLS Required',
    'Secure Connection - TLS Required',
    V.reconnect,
    'The server requires TLS and the client did not start it in time; the server closes the socket.',
    TLS,
    { wire: true, closeReason: 'TLSHandshakeError' },
  ),
  serverErrRow(
    'TLS Handshake Error',
    'TLS Handshake Error',
    V.reconnect,
    'The TLS handshake with the client failed; the server closes the socket without an -ERR.',
    TLS,
    { closeReason: 'TLSHandshakeError' },
  ),
  serverErrRow(
    'Certificate not pinned',
    'ErrCertNotPinned',
    V.reconnect,
    "The client certificate is not in the server's pinned_certs; the handshake fails.",
    "Add the client certificate's fingerprint to pinned_certs, or use a pinned certificate.",
    { closeReason: 'TLSHandshakeError' },
  ),
  serverErrRow(
    'Connection closed',
    'ErrConnectionClosed',
    V.reconnect,
    'The server-side error for an operation on a closed connection.',
    'Let the session reconnect; check the server log when it repeats.',
  ),
  serverErrRow(
    'Server is not running',
    'ErrServerNotRunning',
    V.reconnect,
    'The server is not running (shutting down or not yet started).',
    'Start the server or point the session at another one; the session retries with backoff.',
    { closeReason: 'ServerShutdown' },
  ),
  serverErrRow(
    'Slow Consumer Detected',
    'Slow Consumer Detected',
    V.reconnect,
    'Documented: the client is not keeping up with delivery. The server drops the socket without an -ERR.',
    SLOW,
    { closeReason: 'SlowConsumerPendingBytes' },
  ),
  serverErrRow(
    'Consumer Is Slow',
    'Consumer Is Slow',
    V.reconnect,
    'Documented: the consumer processes messages too slowly. The server drops the socket without an -ERR.',
    SLOW,
    { closeReason: 'SlowConsumerPendingBytes' },
  ),
  serverErrRow(
    'Write Deadline Exceeded',
    'Write Deadline Exceeded',
    V.reconnect,
    'Documented: a write to the client took longer than write_deadline. The server drops the socket without an -ERR.',
    SLOW,
    { closeReason: 'SlowConsumerWriteDeadline' },
  ),
  serverErrRow(
    'Subscribe permission violation',
    'ErrSubscribePermissionViolation',
    V.unsubscribe,
    'The server-side error for a subscription refused by permissions. Clients receive Permissions Violation for Subscription with the subject.',
    'Grant the user subscribe permission on the subject, or subscribe to a subject the user may read.',
  ),
  serverErrRow(
    'Minimum version required',
    'ErrMinimumVersionRequired',
    V.reconnect,
    'A connection (a leaf node) is older than the minimum version the server requires.',
    'Upgrade the connecting server to the minimum version the hub requires.',
    { closeReason: 'MinimumVersionRequired' },
  ),
  serverErrRow(
    'Search cycle depth exhausted',
    'ErrCycleSearchDepth',
    V.ignore,
    'The server exceeded its maximum search depth while checking account imports for cycles. A configuration error.',
    'Simplify the chain of account imports and exports.',
  ),
];
