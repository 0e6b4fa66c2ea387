import type { CodeDoc } from '../types.ts';

const source = 'spec nats.md §4.1';

/** Message, description, remediation and source of each rule in docErrorRules.ts, keyed by rule id. */
export const docErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.authorization-timeout': {
    message: 'Authorization Timeout',
    description:
      "The docs' name for the authentication timeout. The server sends Authentication Timeout; nats.js would treat this text as a protocol error and reconnect.",
    remediation: 'Match Authentication Timeout instead; send CONNECT promptly after INFO.',
    source,
  },
  'nats.err.slow-consumer': {
    message: 'Slow Consumer',
    description:
      'Listed in the docs, but the server never sends it: a slow consumer loses its socket without an -ERR, and the session reconnects.',
    remediation:
      'Read messages faster (smaller handlers, more queue subscribers) or raise the server write_deadline and max_pending.',
    source,
  },
};
