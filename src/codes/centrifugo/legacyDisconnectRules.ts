import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const reconnects = {
  protocol: 'centrifugo-legacy',
  kind: 'disconnect',
  verdict: V.reconnect,
  temporary: true,
  extra: { reconnect: true },
} as const;
const terminal = { ...reconnects, verdict: V.close, temporary: false, extra: { reconnect: false } } as const;

/**
 * Disconnect codes of Centrifugo <= v3.1, each with its own reconnect flag (kept in
 * `extra.reconnect` and `temporary`). 3012 and 3013 are terminal here but reconnect in the
 * current numbering; 3002, 3003 and 3007 moved to 3500, 3501 and 3502.
 */
export const legacyDisconnectRules: readonly CodeRule[] = [
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3000', code: 3000, name: 'DisconnectNormal' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3001', code: 3001, name: 'DisconnectShutdown' },
  { ...terminal, id: 'centrifugo-legacy.disconnect.3002', code: 3002, name: 'DisconnectInvalidToken' },
  { ...terminal, id: 'centrifugo-legacy.disconnect.3003', code: 3003, name: 'DisconnectBadRequest' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3004', code: 3004, name: 'DisconnectServerError' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3005', code: 3005, name: 'DisconnectExpired' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3006', code: 3006, name: 'DisconnectSubExpired' },
  { ...terminal, id: 'centrifugo-legacy.disconnect.3007', code: 3007, name: 'DisconnectStale' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3008', code: 3008, name: 'DisconnectSlow' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3009', code: 3009, name: 'DisconnectWriteError' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3010', code: 3010, name: 'DisconnectInsufficientState' },
  { ...reconnects, id: 'centrifugo-legacy.disconnect.3011', code: 3011, name: 'DisconnectForceReconnect' },
  { ...terminal, id: 'centrifugo-legacy.disconnect.3012', code: 3012, name: 'DisconnectForceNoReconnect' },
  { ...terminal, id: 'centrifugo-legacy.disconnect.3013', code: 3013, name: 'DisconnectConnectionLimit' },
];
