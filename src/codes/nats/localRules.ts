import type { CodeRule } from '../types.ts';
import { natsTlsRules } from './tlsRules.ts';

const base = { protocol: 'nats', kind: 'local' } as const;

/**
 * What a NATS session decides without a `-ERR` or close reason to classify. They are rows, not
 * branches in the session, so `rule` and `explain()` cover these transitions too; a session asks
 * for them with `{ protocol: 'nats', kind: 'local', rule: '<id>' }`.
 */
export const natsLocalRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'nats.info.ldm',
    name: 'LameDuckMode',
    // At once: the server is about to evict every client, so waiting only adds the eviction burst.
    verdict: { scope: 'connection', action: 'reconnect', immediate: true },
  },
  {
    ...base,
    id: 'nats.link.slow-consumer',
    name: 'SlowConsumer',
    // The server stopped reading: a fresh socket is the only way to free what is queued for it.
    verdict: { scope: 'connection', action: 'reconnect' },
  },
  {
    ...base,
    id: 'nats.credentials.failed',
    name: 'CredentialsCallbackFailed',
    // The app's callback failed, not the server: back off and ask for fresh credentials, without
    // counting a failed dial against the server (which could empty the pool).
    verdict: { scope: 'connection', action: 'reconnect', clearToken: true },
  },
  {
    ...base,
    id: 'nats.client.reconnect',
    name: 'ForceReconnect',
    // The app asked for a new connection (nats.js `reconnect()`): drop this one and dial at once.
    verdict: { scope: 'connection', action: 'reconnect', immediate: true },
  },
  {
    ...base,
    id: 'nats.reconnect.disabled',
    name: 'ReconnectDisabled',
    // `reconnect: false`: a connection that was up and dropped is not dialled again.
    verdict: { scope: 'connection', action: 'close' },
  },
  {
    ...base,
    id: 'nats.pool.exhausted',
    name: 'ServerPoolExhausted',
    verdict: { scope: 'connection', action: 'close' },
  },
  ...natsTlsRules,
];
