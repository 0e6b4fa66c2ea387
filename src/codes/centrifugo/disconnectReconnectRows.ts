import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'disconnect', source: S.currentSeed } as const;

/** Centrifugo disconnect codes 3000-3014: the client reconnects after backoff. */
export const disconnectReconnectRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.disconnect.3000',
    code: 3000,
    name: 'DisconnectConnectionClosed',
    message: 'connection closed',
    description:
      'The connection closed without advice from the server; used for metrics, a client sees a plain transport close.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; check the network if it happens often.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3001',
    code: 3001,
    name: 'DisconnectShutdown',
    message: 'shutdown',
    description: 'The server node is shutting down.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect to another node.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3004',
    code: 3004,
    name: 'DisconnectServerError',
    message: 'internal server error',
    description: 'An internal error occurred on the server.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect and check the Centrifugo server logs if it persists.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3005',
    code: 3005,
    name: 'DisconnectExpired',
    message: 'connection expired',
    description: 'The connection expired, for example a token refresh came with an expired token.',
    verdict: V.reconnect,
    remediation: 'Set getToken so the session can refresh the connection token before it expires.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3006',
    code: 3006,
    name: 'DisconnectSubExpired',
    message: 'subscription expired',
    description: 'A server-side subscription expired without a refresh.',
    verdict: V.reconnect,
    remediation: 'Issue connection tokens whose server-side subscriptions are refreshed in time.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3008',
    code: 3008,
    name: 'DisconnectSlow',
    message: 'slow',
    description: 'The client cannot read messages fast enough.',
    verdict: V.reconnect,
    remediation: 'Handle publications faster or subscribe to fewer busy channels.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3009',
    code: 3009,
    name: 'DisconnectWriteError',
    message: 'write error',
    description: 'Writing to the client connection failed.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; check the network path if it repeats.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3010',
    code: 3010,
    name: 'DisconnectInsufficientState',
    message: 'insufficient state',
    description:
      'The server found a wrong client position in a channel stream; reconnecting lets the client recover missed publications.',
    verdict: V.reconnect,
    remediation:
      'Let the session reconnect; if it repeats, check the link between Centrifugo and its broker.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3011',
    code: 3011,
    name: 'DisconnectForceReconnect',
    message: 'force reconnect',
    description: 'The server dropped the connection and wants it back.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3012',
    code: 3012,
    name: 'DisconnectNoPong',
    message: 'no pong',
    description:
      'No pong arrived for a server ping in time. Legacy servers used 3012 for a terminal force disconnect instead.',
    verdict: V.reconnect,
    remediation:
      'Answer each server ping with exactly one pong and keep the event loop free enough to do so.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3013',
    code: 3013,
    name: 'DisconnectTooManyRequests',
    message: 'too many requests',
    description:
      'The client sent too many commands. Legacy servers used 3013 for a terminal connection limit instead.',
    verdict: V.reconnect,
    remediation: 'Send fewer commands per second from this client.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3014',
    code: 3014,
    name: 'DisconnectStateInvalidated',
    message: 'state invalidated',
    description:
      'The server invalidated the connection state: the client clears its token and every stream position, then reconnects.',
    verdict: V.reconnectInvalidated,
    remediation: 'Reload application state from your backend after the session is connected again.',
    source: S.stateInvalidated,
  },
];
