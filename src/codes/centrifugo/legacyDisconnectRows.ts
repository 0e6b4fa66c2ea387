import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const reconnects = {
  protocol: 'centrifugo-legacy',
  kind: 'disconnect',
  source: S.legacySeed,
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
export const legacyDisconnectRows: readonly CodeEntry[] = [
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3000',
    code: 3000,
    name: 'DisconnectNormal',
    message: 'normal',
    description: 'A clean disconnect, for server metrics; the client never receives it.',
    remediation: 'Nothing to do; the client closed the connection itself.',
    source: `${S.legacySeed}, ${S.legacy}`,
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3001',
    code: 3001,
    name: 'DisconnectShutdown',
    message: 'shutdown',
    description: 'The server node is shutting down.',
    remediation: 'Let the session reconnect to another node.',
  },
  {
    ...terminal,
    id: 'centrifugo-legacy.disconnect.3002',
    code: 3002,
    name: 'DisconnectInvalidToken',
    message: 'invalid token',
    description: 'The client came with an invalid token. Now 3500.',
    remediation: 'Issue a valid connection token, then call connect() again.',
  },
  {
    ...terminal,
    id: 'centrifugo-legacy.disconnect.3003',
    code: 3003,
    name: 'DisconnectBadRequest',
    message: 'bad request',
    description: 'The client used a malformed protocol. Now 3501.',
    remediation: 'Fix the frames the client sends, then call connect() again.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3004',
    code: 3004,
    name: 'DisconnectServerError',
    message: 'internal server error',
    description: 'An internal error occurred on the server.',
    remediation: 'Let the session reconnect and check the Centrifugo server logs if it persists.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3005',
    code: 3005,
    name: 'DisconnectExpired',
    message: 'expired',
    description: 'The client connection expired. Now reported as "connection expired".',
    remediation: 'Refresh the connection token before it expires.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3006',
    code: 3006,
    name: 'DisconnectSubExpired',
    message: 'subscription expired',
    description: 'A client subscription expired.',
    remediation: 'Refresh subscription tokens before they expire.',
  },
  {
    ...terminal,
    id: 'centrifugo-legacy.disconnect.3007',
    code: 3007,
    name: 'DisconnectStale',
    message: 'stale',
    description:
      'The connection did not authenticate in time after dialing, usually a broken client. Now 3502.',
    remediation: 'Send the connect command right after the transport opens.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3008',
    code: 3008,
    name: 'DisconnectSlow',
    message: 'slow',
    description: 'The client cannot read messages fast enough.',
    remediation: 'Handle publications faster or subscribe to fewer busy channels.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3009',
    code: 3009,
    name: 'DisconnectWriteError',
    message: 'write error',
    description: 'Writing to the client connection failed.',
    remediation: 'Let the session reconnect; check the network path if it repeats.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3010',
    code: 3010,
    name: 'DisconnectInsufficientState',
    message: 'insufficient state',
    description: 'The server found a wrong client position in a channel stream; reconnecting recovers it.',
    remediation:
      'Let the session reconnect; if it repeats, check the link between Centrifugo and its broker.',
  },
  {
    ...reconnects,
    id: 'centrifugo-legacy.disconnect.3011',
    code: 3011,
    name: 'DisconnectForceReconnect',
    message: 'force reconnect',
    description: 'The server dropped the connection and wants it back shortly.',
    remediation: 'Let the session reconnect.',
  },
  {
    ...terminal,
    id: 'centrifugo-legacy.disconnect.3012',
    code: 3012,
    name: 'DisconnectForceNoReconnect',
    message: 'force disconnect',
    description:
      'The server disconnected the connection and asks it not to reconnect. Now 3503; 3012 now means no pong.',
    remediation: 'Call connect() again only when the application decides the user may return.',
  },
  {
    ...terminal,
    id: 'centrifugo-legacy.disconnect.3013',
    code: 3013,
    name: 'DisconnectConnectionLimit',
    message: 'connection limit',
    description:
      'The connection exceeds a configured connection limit; v0.19 also used 3013 for the channel limit. Now 3504 and 3505; 3013 now means too many requests.',
    remediation: 'Close other connections of this user or raise the limit on the server.',
  },
];
