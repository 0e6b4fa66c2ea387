import type { CodeDoc } from '../types.ts';

/** Message, description, remediation and source of each rule in localRules.ts, keyed by rule id. */
export const natsLocalDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.info.ldm': {
    message: 'INFO with "ldm": true',
    description:
      'The server will evict its clients; the session moves to another server at once (nats.js waits to be evicted).',
    remediation: 'Nothing to do for a planned restart; keep another server reachable.',
    source: 'spec nats.md §4.2',
  },
  'nats.link.slow-consumer': {
    message: 'more than maxPendingBytes queued for the server',
    description:
      'The server stopped reading; past maxPendingBytes (8 MiB) the session drops the socket and reconnects.',
    remediation: 'Check the server and network; raise maxPendingBytes for large publish bursts.',
    source: 'spec nats.md §4.1',
  },
  'nats.credentials.failed': {
    message: 'the credentials callback failed',
    description:
      'Backs off, then calls it again with fresh: true; not a failed dial, so the pool keeps the server.',
    remediation: 'Fix the credentials callback (see the reason).',
    source: 'spec nats.md §2.2',
  },
  'nats.client.reconnect': {
    message: 'the app called reconnect()',
    description:
      'The session drops the working connection and dials again at once, as nats.js reconnect(); subscriptions resubscribe.',
    remediation: 'Nothing to fix: the app asked for it.',
    source: 'spec nats.md §1.1 (forceReconnect), §1.5 s10',
  },
  'nats.reconnect.disabled': {
    message: 'the connection dropped and reconnect is false',
    description:
      'With reconnect: false a connection that was up is not dialled again after it drops; the session closes, as nats.js.',
    remediation: 'Call connect() again, or leave reconnect at its default (true).',
    source: 'spec nats.md §3 (reconnect)',
  },
  'nats.pool.exhausted': {
    message: 'no server left in the pool',
    description:
      'Every server failed maxReconnectAttempts dials and left the pool, as in nats.js; the session closes.',
    remediation:
      'Check that the servers are reachable or raise maxReconnectAttempts, then call connect() again.',
    source: 'spec nats.md §3 (maxReconnectAttempts)',
  },
};
