import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const TLS = "Connect with TLS (a tls:// or wss:// server) and a certificate the server's TLS block accepts.";
const SLOW =
  'Read messages faster (smaller handlers, more queue subscribers) or raise the server write_deadline and max_pending.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in connectionErrorRules.ts, keyed by rule id. */
export const connectionErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.stale-connection': {
    message: 'Stale Connection',
    description:
      'The client did not answer the server PINGs within ping_max; the server closes the socket. nats.js reconnects at once.',
    remediation:
      "Keep the client's event loop responsive so it answers PINGs, or raise the server ping_interval and ping_max.",
    source,
  },
  'nats.err.secure-connection-tls-required': {
    message: 'Secure Connection - TLS Required',
    description:
      'The server requires TLS and the client did not start it in time; the server closes the socket.',
    remediation: TLS,
    source,
  },
  'nats.err.tls-handshake-error': {
    message: 'TLS Handshake Error',
    description: 'The TLS handshake with the client failed; the server closes the socket without an -ERR.',
    remediation: TLS,
    source,
  },
  'nats.err.certificate-not-pinned': {
    message: 'Certificate not pinned',
    description: "The client certificate is not in the server's pinned_certs; the handshake fails.",
    remediation: "Add the client certificate's fingerprint to pinned_certs, or use a pinned certificate.",
    source,
  },
  'nats.err.connection-closed': {
    message: 'Connection closed',
    description: 'The server-side error for an operation on a closed connection.',
    remediation: 'Let the session reconnect; check the server log when it repeats.',
    source,
  },
  'nats.err.server-is-not-running': {
    message: 'Server is not running',
    description: 'The server is not running (shutting down or not yet started).',
    remediation: 'Start the server or point the session at another one; the session retries with backoff.',
    source,
  },
  'nats.err.slow-consumer-detected': {
    message: 'Slow Consumer Detected',
    description:
      'Documented: the client is not keeping up with delivery. The server drops the socket without an -ERR.',
    remediation: SLOW,
    source,
  },
  'nats.err.consumer-is-slow': {
    message: 'Consumer Is Slow',
    description:
      'Documented: the consumer processes messages too slowly. The server drops the socket without an -ERR.',
    remediation: SLOW,
    source,
  },
  'nats.err.write-deadline-exceeded': {
    message: 'Write Deadline Exceeded',
    description:
      'Documented: a write to the client took longer than write_deadline. The server drops the socket without an -ERR.',
    remediation: SLOW,
    source,
  },
  'nats.err.subscribe-permission-violation': {
    message: 'Subscribe permission violation',
    description:
      'The server-side error for a subscription refused by permissions. Clients receive Permissions Violation for Subscription with the subject.',
    remediation:
      'Grant the user subscribe permission on the subject, or subscribe to a subject the user may read.',
    source,
  },
  'nats.err.minimum-version-required': {
    message: 'Minimum version required',
    description: 'A connection (a leaf node) is older than the minimum version the server requires.',
    remediation: 'Upgrade the connecting server to the minimum version the hub requires.',
    source,
  },
  'nats.err.search-cycle-depth-exhausted': {
    message: 'Search cycle depth exhausted',
    description:
      'The server exceeded its maximum search depth while checking account imports for cycles. A configuration error.',
    remediation: 'Simplify the chain of account imports and exports.',
    source,
  },
};
