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
  'nats.pool.exhausted': {
    message: 'no server left in the pool',
    description:
      'Every server failed maxReconnectAttempts dials and left the pool, as in nats.js; the session closes.',
    remediation:
      'Check that the servers are reachable or raise maxReconnectAttempts, then call connect() again.',
    source: 'spec nats.md §3 (maxReconnectAttempts)',
  },
};
