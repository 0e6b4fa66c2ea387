import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'disconnect' } as const;

/** Centrifugo disconnect codes 3000-3014: the client reconnects after backoff. */
export const disconnectReconnectRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.disconnect.3000',
    code: 3000,
    name: 'DisconnectConnectionClosed',
    verdict: V.reconnect,
  },
  { ...base, id: 'centrifugo.disconnect.3001', code: 3001, name: 'DisconnectShutdown', verdict: V.reconnect },
  {
    ...base,
    id: 'centrifugo.disconnect.3004',
    code: 3004,
    name: 'DisconnectServerError',
    verdict: V.reconnect,
  },
  { ...base, id: 'centrifugo.disconnect.3005', code: 3005, name: 'DisconnectExpired', verdict: V.reconnect },
  {
    ...base,
    id: 'centrifugo.disconnect.3006',
    code: 3006,
    name: 'DisconnectSubExpired',
    verdict: V.reconnect,
  },
  { ...base, id: 'centrifugo.disconnect.3008', code: 3008, name: 'DisconnectSlow', verdict: V.reconnect },
  {
    ...base,
    id: 'centrifugo.disconnect.3009',
    code: 3009,
    name: 'DisconnectWriteError',
    verdict: V.reconnect,
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3010',
    code: 3010,
    name: 'DisconnectInsufficientState',
    verdict: V.reconnect,
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3011',
    code: 3011,
    name: 'DisconnectForceReconnect',
    verdict: V.reconnect,
  },
  { ...base, id: 'centrifugo.disconnect.3012', code: 3012, name: 'DisconnectNoPong', verdict: V.reconnect },
  {
    ...base,
    id: 'centrifugo.disconnect.3013',
    code: 3013,
    name: 'DisconnectTooManyRequests',
    verdict: V.reconnect,
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3014',
    code: 3014,
    name: 'DisconnectStateInvalidated',
    verdict: V.reconnectInvalidated,
  },
];
