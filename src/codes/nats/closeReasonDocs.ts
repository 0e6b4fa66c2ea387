import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const RETRY = 'Let the session reconnect with backoff; check the server log if it repeats.';
const CREDENTIALS = 'Give the session an authenticator that returns current credentials.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in closeReasonRules.ts, keyed by rule id. */
export const closeReasonDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.close-reason.client-closed': {
    message: 'Client Closed',
    description:
      'The connection was closed from the client side, or a config reload moved the user to another account (no -ERR).',
    remediation: RETRY,
    source,
  },
  'nats.close-reason.authentication-timeout': {
    message: 'Authentication Timeout',
    description: 'The client did not authenticate in time.',
    remediation:
      'Send CONNECT promptly after INFO and make the authenticator answer within the server authorization timeout.',
    source,
  },
  'nats.close-reason.authentication-failure': {
    message: 'Authentication Failure',
    description:
      'The credentials were refused; the client received Authorization Violation, whatever the cause.',
    remediation: CREDENTIALS,
    source,
  },
  'nats.close-reason.tls-handshake-failure': {
    message: 'TLS Handshake Failure',
    description: 'The TLS handshake failed or timed out.',
    remediation: "Connect with TLS and a certificate the server's TLS block accepts.",
    source,
  },
  'nats.close-reason.slow-consumer-pending-bytes': {
    message: 'Slow Consumer (Pending Bytes)',
    description:
      'The client fell behind and its pending bytes passed max_pending; the server dropped the socket without an -ERR.',
    remediation: 'Read messages faster or raise the server max_pending.',
    source,
  },
  'nats.close-reason.slow-consumer-write-deadline': {
    message: 'Slow Consumer (Write Deadline)',
    description:
      'A write to the client took longer than write_deadline; the server dropped the socket without an -ERR.',
    remediation: 'Read messages faster or raise the server write_deadline.',
    source,
  },
  'nats.close-reason.write-error': {
    message: 'Write Error',
    description: 'Writing to the socket failed (network error).',
    remediation: RETRY,
    source,
  },
  'nats.close-reason.read-error': {
    message: 'Read Error',
    description: 'Reading from the socket failed (network error or EOF).',
    remediation: RETRY,
    source,
  },
  'nats.close-reason.parse-error': {
    message: 'Parse Error',
    description: 'The server could not parse what the client sent; no -ERR is sent.',
    remediation: 'Use a current NATS client library and report the bytes it sent if the error repeats.',
    source,
  },
  'nats.close-reason.stale-connection': {
    message: 'Stale Connection',
    description: 'The client did not answer PINGs within ping_max.',
    remediation:
      "Keep the client's event loop responsive so it answers PINGs, or raise ping_interval and ping_max.",
    source,
  },
  'nats.close-reason.protocol-violation': {
    message: 'Protocol Violation',
    description: 'The client sent an operation the server does not know.',
    remediation: 'Use a current NATS client library and report the bytes it sent if the error repeats.',
    source,
  },
  'nats.close-reason.bad-client-protocol-version': {
    message: 'Bad Client Protocol Version',
    description: 'CONNECT asked for an unsupported protocol version.',
    remediation: 'Send CONNECT with protocol 0 or 1, or upgrade the server.',
    source,
  },
  'nats.close-reason.incorrect-port': {
    message: 'Incorrect Port',
    description: 'The connection dialed a port meant for routes, gateways or leaf nodes.',
    remediation: 'Connect clients to the client port (4222 by default).',
    source,
  },
  'nats.close-reason.maximum-account-connections-exceeded': {
    message: 'Maximum Account Connections Exceeded',
    description: 'The account reached its maximum number of connections.',
    remediation: "Raise the account's max connections or close idle connections of the account.",
    source,
  },
  'nats.close-reason.maximum-connections-exceeded': {
    message: 'Maximum Connections Exceeded',
    description: 'The server reached max_connections.',
    remediation: 'Raise max_connections or spread clients over more servers.',
    source,
  },
  'nats.close-reason.maximum-message-payload-exceeded': {
    message: 'Maximum Message Payload Exceeded',
    description: "A published message exceeded the server's max_payload.",
    remediation: "Keep messages below the server's max_payload (sent in INFO).",
    source,
  },
  'nats.close-reason.maximum-control-line-exceeded': {
    message: 'Maximum Control Line Exceeded',
    description: 'A protocol line exceeded max_control_line.',
    remediation: 'Use shorter subjects and queue names, or raise max_control_line.',
    source,
  },
  'nats.close-reason.maximum-subscriptions-exceeded': {
    message: 'Maximum Subscriptions Exceeded',
    description: 'The connection exceeded max_subscriptions after an account limit change.',
    remediation: 'Unsubscribe what the application no longer needs, or raise max_subscriptions.',
    source,
  },
  'nats.close-reason.server-shutdown': {
    message: 'Server Shutdown',
    description: 'The server shut down or, in lame duck mode, evicted the client; plain EOF, no -ERR.',
    remediation: 'Give the session more than one server so it fails over while this one restarts.',
    source,
  },
  'nats.close-reason.authentication-expired': {
    message: 'Authentication Expired',
    description: 'The user or account JWT expired while connected.',
    remediation: 'Issue fresh credentials before the old ones expire and return them from the authenticator.',
    source,
  },
  'nats.close-reason.credentials-revoked': {
    message: 'Credentials Revoked',
    description:
      'The user credentials were revoked; the session asks for fresh credentials before it dials again (nats.js redials with the old ones first).',
    remediation: 'Issue the user new credentials; revoked ones are refused on every server of the account.',
    source,
  },
  'nats.close-reason.message-header-violation': {
    message: 'Message Header Violation',
    description: 'Declared for a message header violation; the server does not use it to close connections.',
    remediation: 'Send headers only when INFO says headers: true.',
    source,
  },
  'nats.close-reason.no-responders-requires-headers': {
    message: 'No Responders Requires Headers',
    description: 'CONNECT set no_responders without headers.',
    remediation: 'Set headers: true in CONNECT whenever no_responders is true.',
    source,
  },
  'nats.close-reason.duplicate-client-id': {
    message: 'Duplicate Client ID',
    description: 'An MQTT client connected with a client ID already in use; the older session is closed.',
    remediation: 'Give every MQTT client its own client ID.',
    source,
  },
  'nats.close-reason.kicked': {
    message: 'Kicked',
    description: 'An operator disconnected the client through the system account (server 2.10+); no -ERR.',
    remediation: 'Ask the operator why the client was disconnected; the session reconnects.',
    source,
  },
  'nats.close-reason.proxy-not-trusted': {
    message: 'Proxy Not Trusted',
    description:
      'The connection came through an untrusted proxy (server 2.12+); the client received Authorization Violation.',
    remediation: "Add the proxy's key to the server's trusted proxies, or connect without the proxy.",
    source,
  },
  'nats.close-reason.proxy-required': {
    message: 'Proxy Required',
    description:
      'The user must connect through a trusted proxy (server 2.12+); the client received Authorization Violation.',
    remediation: 'Connect through one of the trusted proxies the server requires for this user.',
    source,
  },
};
