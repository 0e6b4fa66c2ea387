import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const RAISE_LIMIT =
  'Raise the limit on the server or spread clients over more servers; the session retries with backoff.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in limitErrorRules.ts, keyed by rule id. */
export const limitErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.maximum-account-active-connections-exceeded': {
    message: 'maximum account active connections exceeded',
    description:
      'The account has reached its maximum number of active connections. The server sends this in lower case and closes the socket; lame duck mode on a peer can cause it for reconnecting clients.',
    remediation: "Raise the account's max connections or close idle connections of the account.",
    source,
  },
  'nats.err.maximum-connections-exceeded': {
    message: 'maximum connections exceeded',
    description:
      "The server has reached max_connections. It sends INFO, then this text in lower case (the docs' capitalised 'Maximum Connections Exceeded' matches the same row), then closes the socket.",
    remediation: RAISE_LIMIT,
    source,
  },
  'nats.err.connection-throttling-is-active': {
    message: 'Connection throttling is active. Please try again later.',
    description: 'The server is rate-limiting new connections (recent servers only) and closes this one.',
    remediation: 'Let the session retry with backoff, or raise the connection rate limit on the server.',
    source,
  },
  'nats.err.maximum-clients-exceeded': {
    message: 'Maximum Clients Exceeded',
    description:
      'Documented: the server has reached its maximum number of clients. Servers send maximum connections exceeded instead.',
    remediation: RAISE_LIMIT,
    source,
  },
  'nats.err.maximum-subscriptions-exceeded': {
    message: 'maximum subscriptions exceeded',
    description:
      'The connection has reached max_subscriptions. Sent on SUB, the new subscription is refused and the connection kept (nats.js keeps the subscription open); after an account limit change the server closes the socket 20 ms later, and that close drives the reconnect.',
    remediation:
      "Unsubscribe what the application no longer needs, or raise the user's or account's max_subscriptions.",
    source,
  },
  'nats.err.maximum-payload-violation': {
    message: 'Maximum Payload Violation',
    description:
      "A published message exceeded the server's max_payload. The server closes the socket (MaxPayloadExceeded); nats.js reconnects.",
    remediation:
      "Keep messages below the server's max_payload (sent in INFO), or split large payloads, for example into an object store.",
    source,
  },
  'nats.err.maximum-payload-exceeded': {
    message: 'Maximum payload exceeded',
    description:
      'The server-side error for a payload that is too big. Clients receive it as Maximum Payload Violation.',
    remediation: "Keep messages below the server's max_payload (sent in INFO), or split large payloads.",
    source,
  },
  'nats.err.maximum-control-line-exceeded': {
    message: 'maximum control line exceeded',
    description:
      'A protocol line (for example a SUB with a very long subject) exceeded max_control_line (4096 bytes by default); the server closes the socket.',
    remediation: 'Use shorter subjects and queue names, or raise max_control_line on the server.',
    source,
  },
};
