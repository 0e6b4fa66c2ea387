import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'error', source: S.currentSeed } as const;

/**
 * Centrifugo reply errors 100-113 (current numbering). The row's verdict is the one for a
 * connect reply; `classifyCentrifugo` adapts scope and action to the phase (`during`).
 */
export const clientErrorRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.error.100',
    code: 100,
    name: 'ErrorInternal',
    message: 'internal server error',
    description: 'Something went wrong inside the server; the client is most probably not at fault.',
    verdict: V.reconnect,
    temporary: true,
    remediation: 'Let the session retry with backoff and check the Centrifugo server logs if it persists.',
  },
  {
    ...base,
    id: 'centrifugo.error.101',
    code: 101,
    name: 'ErrorUnauthorized',
    message: 'unauthorized',
    description: 'The request is not authorized.',
    verdict: V.close,
    remediation:
      'Provide valid credentials through getToken or the connection token, then call connect() again.',
  },
  {
    ...base,
    id: 'centrifugo.error.102',
    code: 102,
    name: 'ErrorUnknownChannel',
    message: 'unknown channel',
    description: 'The channel name does not exist, usually because its namespace is not configured.',
    verdict: V.close,
    remediation: 'Use a channel whose namespace is defined in the Centrifugo configuration.',
  },
  {
    ...base,
    id: 'centrifugo.error.103',
    code: 103,
    name: 'ErrorPermissionDenied',
    message: 'permission denied',
    description: 'Access to the resource is not allowed (also an invalid subscription token).',
    verdict: V.close,
    remediation: 'Grant the user access to the channel or issue a valid subscription token.',
  },
  {
    ...base,
    id: 'centrifugo.error.104',
    code: 104,
    name: 'ErrorMethodNotFound',
    message: 'method not found',
    description: 'The method sent in the command does not exist.',
    verdict: V.close,
    remediation: 'Call only methods the server defines, for example register the RPC method on the server.',
  },
  {
    ...base,
    id: 'centrifugo.error.105',
    code: 105,
    name: 'ErrorAlreadySubscribed',
    message: 'already subscribed',
    description:
      'The client subscribed to a channel it is already subscribed to, client-side or server-side.',
    verdict: V.close,
    remediation:
      'Keep one subscription per channel and do not subscribe client-side to a server-side channel.',
  },
  {
    ...base,
    id: 'centrifugo.error.106',
    code: 106,
    name: 'ErrorLimitExceeded',
    message: 'limit exceeded',
    description: 'Some limit was exceeded; the server logs say which.',
    verdict: V.close,
    remediation: 'Check the Centrifugo server logs for the limit hit and raise it or lower the load.',
  },
  {
    ...base,
    id: 'centrifugo.error.107',
    code: 107,
    name: 'ErrorBadRequest',
    message: 'bad request',
    description: 'The server cannot process the data because it is malformed; retrying makes no sense.',
    verdict: V.close,
    remediation: 'Fix the command the client sends; do not retry it unchanged.',
  },
  {
    ...base,
    id: 'centrifugo.error.108',
    code: 108,
    name: 'ErrorNotAvailable',
    message: 'not available',
    description: 'The resource is not enabled, for example history or presence on a channel without them.',
    verdict: V.close,
    remediation:
      'Enable the feature (history, presence) for the channel namespace in the server configuration.',
  },
  {
    ...base,
    id: 'centrifugo.error.109',
    code: 109,
    name: 'ErrorTokenExpired',
    message: 'token expired',
    description: 'The connection or subscription token expired; the SDK fetches a new one and tries again.',
    verdict: V.refreshConnectionToken,
    remediation:
      'Set getToken so the session can fetch a fresh token, and issue tokens that outlive the connect.',
  },
  {
    ...base,
    id: 'centrifugo.error.110',
    code: 110,
    name: 'ErrorExpired',
    message: 'expired',
    description: 'The connection expired (no token involved).',
    verdict: V.close,
    remediation: 'Call connect() again once the server allows the connection.',
  },
  {
    ...base,
    id: 'centrifugo.error.111',
    code: 111,
    name: 'ErrorTooManyRequests',
    message: 'too many requests',
    description: 'The server rejected the request because of rate limiting.',
    verdict: V.reconnect,
    temporary: true,
    remediation: 'Send fewer commands; the session retries with backoff.',
  },
  {
    ...base,
    id: 'centrifugo.error.112',
    code: 112,
    name: 'ErrorUnrecoverablePosition',
    message: 'unrecoverable position',
    description:
      'The stream no longer holds the publications needed from the given position, for example after an epoch change.',
    verdict: V.close,
    remediation:
      'Reload the channel state from your backend and subscribe again without a recovery position.',
  },
  {
    ...base,
    id: 'centrifugo.error.113',
    code: 113,
    name: 'ErrorConcurrentPagination',
    message: 'concurrent pagination',
    description: 'A map subscription paginated concurrently with another page request; try again.',
    verdict: V.reconnect,
    temporary: true,
    remediation:
      'Let the session retry with backoff and avoid overlapping page requests on one map subscription.',
    source: S.replyErrors,
  },
];
