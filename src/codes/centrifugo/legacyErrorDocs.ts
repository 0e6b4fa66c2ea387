import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.legacySeed;

/** Message, description, remediation and source of each rule in legacyErrorRules.ts, keyed by rule id. */
export const legacyErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo-legacy.error.100': {
    message: 'internal server error',
    description: 'Something went wrong inside the server; the client is most probably not at fault.',
    remediation: 'Let the session retry with backoff and check the Centrifugo server logs if it persists.',
    source,
  },
  'centrifugo-legacy.error.101': {
    message: 'unauthorized',
    description: 'The request is not authorized.',
    remediation: 'Provide a valid connection token, then call connect() again.',
    source,
  },
  'centrifugo-legacy.error.102': {
    message: 'unknown channel',
    description: 'The channel name does not exist, usually because its namespace is not configured.',
    remediation: 'Use a channel whose namespace is defined in the Centrifugo configuration.',
    source,
  },
  'centrifugo-legacy.error.103': {
    message: 'permission denied',
    description: 'Access to the resource is not allowed.',
    remediation: 'Grant the user access to the channel or issue a valid subscription token.',
    source,
  },
  'centrifugo-legacy.error.104': {
    message: 'method not found',
    description: 'The method sent in the command does not exist.',
    remediation: 'Call only methods the server defines.',
    source,
  },
  'centrifugo-legacy.error.105': {
    message: 'already subscribed',
    description: 'The client subscribed to a channel it is already subscribed to.',
    remediation: 'Keep one subscription per channel.',
    source,
  },
  'centrifugo-legacy.error.106': {
    message: 'limit exceeded',
    description: 'Some limit was exceeded; the server logs say which.',
    remediation: 'Check the Centrifugo server logs for the limit hit and raise it or lower the load.',
    source,
  },
  'centrifugo-legacy.error.107': {
    message: 'bad request',
    description: 'The server cannot process the data because it is malformed; retrying makes no sense.',
    remediation: 'Fix the command the client sends; do not retry it unchanged.',
    source,
  },
  'centrifugo-legacy.error.108': {
    message: 'not available',
    description: 'The resource is not enabled, for example history or presence on a channel without them.',
    remediation: 'Enable the feature for the channel namespace in the server configuration.',
    source,
  },
  'centrifugo-legacy.error.109': {
    message: 'token expired',
    description: 'The connection token expired.',
    remediation: 'Refresh the connection token and connect again.',
    source,
  },
  'centrifugo-legacy.error.110': {
    message: 'expired',
    description: 'The connection expired (no token involved).',
    remediation: 'Call connect() again once the server allows the connection.',
    source,
  },
  'centrifugo-legacy.error.111': {
    message: 'too many requests',
    description: 'The server rejected the request because of rate limiting.',
    remediation: 'Send fewer commands; the session retries with backoff.',
    source,
  },
  'centrifugo-legacy.error.112': {
    message: 'unrecoverable position',
    description:
      'The stream no longer holds the publications needed from the given position, for example a wrong epoch.',
    remediation:
      'Reload the channel state from your backend and subscribe again without a recovery position.',
    source,
  },
};
