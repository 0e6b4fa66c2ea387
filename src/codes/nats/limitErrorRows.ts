import type { CodeEntry } from '../types.ts';
import { NATS_SOURCES, natsRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const source = NATS_SOURCES.serverSeed;
const RAISE_LIMIT =
  'Raise the limit on the server or spread clients over more servers; the session retries with backoff.';

/**
 * Limit `-ERR`s (seed 000, "Connection Limit Errors" and the payload and control-line limits).
 * The server closes the socket after each of them except `maximum subscriptions exceeded` sent
 * on SUB, so the verdict is a reconnect (spec nats.md §2.1, §4.1).
 */
export const limitErrorRows: readonly CodeEntry[] = [
  natsRow('err', {
    text: 'Maximum account active connections exceeded',
    name: 'ErrTooManyAccountConnections',
    message: 'maximum account active connections exceeded',
    description:
      'The account has reached its maximum number of active connections. The server sends this in lower case and closes the socket; lame duck mode on a peer can cause it for reconnecting clients.',
    verdict: V.reconnect,
    remediation: "Raise the account's max connections or close idle connections of the account.",
    source,
    extra: {
      constant: 'ErrTooManyAccountConnections',
      wire: true,
      closeReason: 'MaxAccountConnectionsExceeded',
    },
  }),
  natsRow('err', {
    text: 'Maximum connections exceeded',
    name: 'ErrTooManyConnections',
    message: 'maximum connections exceeded',
    description:
      "The server has reached max_connections. It sends INFO, then this text in lower case (the docs' capitalised 'Maximum Connections Exceeded' matches the same row), then closes the socket.",
    verdict: V.reconnect,
    remediation: RAISE_LIMIT,
    source,
    extra: { constant: 'ErrTooManyConnections', wire: true, closeReason: 'MaxConnectionsExceeded' },
  }),
  natsRow('err', {
    text: 'Connection Throttling Is Active',
    name: 'ConnectionThrottlingIsActive',
    message: 'Connection throttling is active. Please try again later.',
    description: 'The server is rate-limiting new connections (recent servers only) and closes this one.',
    verdict: V.reconnect,
    remediation: 'Let the session retry with backoff, or raise the connection rate limit on the server.',
    source,
    extra: { constant: 'Connection Throttling Is Active', wire: true, closeReason: 'MaxConnectionsExceeded' },
  }),
  natsRow('err', {
    text: 'Maximum Clients Exceeded',
    name: 'MaximumClientsExceeded',
    description:
      'Documented: the server has reached its maximum number of clients. Servers send maximum connections exceeded instead.',
    verdict: V.reconnect,
    remediation: RAISE_LIMIT,
    source,
    extra: { constant: 'Maximum Clients Exceeded', wire: false },
  }),
  natsRow('err', {
    text: 'Maximum subscriptions exceeded',
    name: 'ErrTooManySubs',
    message: 'maximum subscriptions exceeded',
    description:
      'The connection has reached max_subscriptions. Sent on SUB, the new subscription is refused and the connection kept (nats.js keeps the subscription open); after an account limit change the server closes the socket 20 ms later, and that close drives the reconnect.',
    verdict: V.ignore,
    remediation:
      "Unsubscribe what the application no longer needs, or raise the user's or account's max_subscriptions.",
    source,
    extra: { constant: 'ErrTooManySubs', wire: true, closeReason: 'MaxSubscriptionsExceeded' },
  }),
  natsRow('err', {
    text: 'Maximum Payload Violation',
    name: 'MaximumPayloadViolation',
    description:
      "A published message exceeded the server's max_payload. The server closes the socket (MaxPayloadExceeded); nats.js reconnects.",
    verdict: V.reconnect,
    remediation:
      "Keep messages below the server's max_payload (sent in INFO), or split large payloads, for example into an object store.",
    source,
    extra: { constant: 'Maximum Payload Violation', wire: true, closeReason: 'MaxPayloadExceeded' },
  }),
  natsRow('err', {
    text: 'Maximum payload exceeded',
    name: 'ErrMaxPayload',
    description:
      'The server-side error for a payload that is too big. Clients receive it as Maximum Payload Violation.',
    verdict: V.reconnect,
    remediation: "Keep messages below the server's max_payload (sent in INFO), or split large payloads.",
    source,
    extra: { constant: 'ErrMaxPayload', wire: false, closeReason: 'MaxPayloadExceeded' },
  }),
  natsRow('err', {
    text: 'Maximum control line exceeded',
    name: 'ErrMaxControlLine',
    message: 'maximum control line exceeded',
    description:
      'A protocol line (for example a SUB with a very long subject) exceeded max_control_line (4096 bytes by default); the server closes the socket.',
    verdict: V.reconnect,
    remediation: 'Use shorter subjects and queue names, or raise max_control_line on the server.',
    source,
    extra: { constant: 'ErrMaxControlLine', wire: true, closeReason: 'MaxControlLineExceeded' },
  }),
];
