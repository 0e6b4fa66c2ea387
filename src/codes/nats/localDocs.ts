import type { CodeDoc } from '../types.ts';

/** Message, description, remediation and source of each rule in localRules.ts, keyed by rule id. */
export const natsLocalDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.info.ldm': {
    message: 'INFO with "ldm": true',
    description:
      'The server entered lame duck mode and will evict its clients. The session moves to another server at once instead of waiting to be evicted (nats.js waits; see docs/deviations-nats.md).',
    remediation:
      'Nothing to do for a planned restart; make sure the cluster has another server the session can reach.',
    source: 'spec nats.md §4.2',
  },
  'nats.pool.exhausted': {
    message: 'no server left in the pool',
    description:
      'Every server of the pool failed maxReconnectAttempts dials in a row and left the pool, as nats.js removes them; the session closes.',
    remediation:
      'Check that the servers are reachable and raise maxReconnectAttempts (or set it to -1), then call connect() again.',
    source: 'spec nats.md §3 (maxReconnectAttempts)',
  },
};
