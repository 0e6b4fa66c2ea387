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
      'The server stopped reading while the session kept writing (PONGs to a PING flood, publishes), so the socket buffer grew past maxPendingBytes (default 8 MiB); the session drops the socket and reconnects.',
    remediation:
      'Check the server and the network path; raise maxPendingBytes only if large bursts of publishes are expected.',
    source:
      'spec nats.md §4.1 (the server drops a client past its pending bytes; the same rule client-side, nats.js has none)',
  },
  'nats.credentials.failed': {
    message: 'the credentials callback threw or rejected',
    description:
      'The app-supplied credentials callback failed before CONNECT; the session backs off and calls it again with fresh: true. The server is not counted as failed, so the pool is not emptied.',
    remediation: 'Fix the credentials callback (see the reason for its error); the session keeps retrying.',
    source: 'spec nats.md §2.2 (credentials on reconnect; a failing authenticator is not a failed dial)',
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
