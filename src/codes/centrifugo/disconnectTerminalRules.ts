import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'disconnect', verdict: V.close } as const;

/** Centrifugo disconnect codes 3500-3509: terminal, the client does not reconnect. */
export const disconnectTerminalRules: readonly CodeRule[] = [
  { ...base, id: 'centrifugo.disconnect.3500', code: 3500, name: 'DisconnectInvalidToken' },
  { ...base, id: 'centrifugo.disconnect.3501', code: 3501, name: 'DisconnectBadRequest' },
  { ...base, id: 'centrifugo.disconnect.3502', code: 3502, name: 'DisconnectStale' },
  { ...base, id: 'centrifugo.disconnect.3503', code: 3503, name: 'DisconnectForceNoReconnect' },
  { ...base, id: 'centrifugo.disconnect.3504', code: 3504, name: 'DisconnectConnectionLimit' },
  { ...base, id: 'centrifugo.disconnect.3505', code: 3505, name: 'DisconnectChannelLimit' },
  { ...base, id: 'centrifugo.disconnect.3506', code: 3506, name: 'DisconnectInappropriateProtocol' },
  { ...base, id: 'centrifugo.disconnect.3507', code: 3507, name: 'DisconnectPermissionDenied' },
  { ...base, id: 'centrifugo.disconnect.3508', code: 3508, name: 'DisconnectNotAvailable' },
  { ...base, id: 'centrifugo.disconnect.3509', code: 3509, name: 'DisconnectTooManyErrors' },
];
