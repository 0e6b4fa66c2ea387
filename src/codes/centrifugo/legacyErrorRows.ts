import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = {
  protocol: 'centrifugo-legacy',
  kind: 'error',
  source: S.legacySeed,
  verdict: V.close,
} as const;

/**
 * Client reply errors 100-112 of Centrifugo <= v3.1 (legacy numbering). Same codes and
 * messages as today; the legacy document has no temporary flag. Verdicts are for a connect reply.
 */
export const legacyErrorRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo-legacy.error.100',
    code: 100,
    name: 'ErrorInternal',
    message: 'internal server error',
    description: 'Something went wrong inside the server; the client is most probably not at fault.',
    verdict: V.reconnect,
    remediation: 'Let the session retry with backoff and check the Centrifugo server logs if it persists.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.101',
    code: 101,
    name: 'ErrorUnauthorized',
    message: 'unauthorized',
    description: 'The request is not authorized.',
    remediation: 'Provide a valid connection token, then call connect() again.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.102',
    code: 102,
    name: 'ErrorUnknownChannel',
    message: 'unknown channel',
    description: 'The channel name does not exist, usually because its namespace is not configured.',
    remediation: 'Use a channel whose namespace is defined in the Centrifugo configuration.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.103',
    code: 103,
    name: 'ErrorPermissionDenied',
    message: 'permission denied',
    description: 'Access to the resource is not allowed.',
    remediation: 'Grant the user access to the channel or issue a valid subscription token.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.104',
    code: 104,
    name: 'ErrorMethodNotFound',
    message: 'method not found',
    description: 'The method sent in the command does not exist.',
    remediation: 'Call only methods the server defines.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.105',
    code: 105,
    name: 'ErrorAlreadySubscribed',
    message: 'already subscribed',
    description: 'The client subscribed to a channel it is already subscribed to.',
    remediation: 'Keep one subscription per channel.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.106',
    code: 106,
    name: 'ErrorLimitExceeded',
    message: 'limit exceeded',
    description: 'Some limit was exceeded; the server logs say which.',
    remediation: 'Check the Centrifugo server logs for the limit hit and raise it or lower the load.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.107',
    code: 107,
    name: 'ErrorBadRequest',
    message: 'bad request',
    description: 'The server cannot process the data because it is malformed; retrying makes no sense.',
    remediation: 'Fix the command the client sends; do not retry it unchanged.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.108',
    code: 108,
    name: 'ErrorNotAvailable',
    message: 'not available',
    description: 'The resource is not enabled, for example history or presence on a channel without them.',
    remediation: 'Enable the feature for the channel namespace in the server configuration.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.109',
    code: 109,
    name: 'ErrorTokenExpired',
    message: 'token expired',
    description: 'The connection token expired.',
    verdict: V.refreshConnectionToken,
    remediation: 'Refresh the connection token and connect again.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.110',
    code: 110,
    name: 'ErrorExpired',
    message: 'expired',
    description: 'The connection expired (no token involved).',
    remediation: 'Call connect() again once the server allows the connection.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.111',
    code: 111,
    name: 'ErrorTooManyRequests',
    message: 'too many requests',
    description: 'The server rejected the request because of rate limiting.',
    verdict: V.reconnect,
    remediation: 'Send fewer commands; the session retries with backoff.',
  },
  {
    ...base,
    id: 'centrifugo-legacy.error.112',
    code: 112,
    name: 'ErrorUnrecoverablePosition',
    message: 'unrecoverable position',
    description:
      'The stream no longer holds the publications needed from the given position, for example a wrong epoch.',
    remediation:
      'Reload the channel state from your backend and subscribe again without a recovery position.',
  },
];
