import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.currentSeed;

/** Message, description, remediation and source of each rule in clientErrorRules.ts, keyed by rule id. */
export const clientErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.error.100': {
    message: 'internal server error',
    description: 'Something went wrong inside the server; the client is most probably not at fault.',
    remediation: 'Let the session retry with backoff and check the Centrifugo server logs if it persists.',
    source,
  },
  'centrifugo.error.101': {
    message: 'unauthorized',
    description: 'The request is not authorized.',
    remediation:
      'Provide valid credentials through getToken or the connection token, then call connect() again.',
    source,
  },
  'centrifugo.error.102': {
    message: 'unknown channel',
    description: 'The channel name does not exist, usually because its namespace is not configured.',
    remediation: 'Use a channel whose namespace is defined in the Centrifugo configuration.',
    source,
  },
  'centrifugo.error.103': {
    message: 'permission denied',
    description: 'Access to the resource is not allowed (also an invalid subscription token).',
    remediation: 'Grant the user access to the channel or issue a valid subscription token.',
    source,
  },
  'centrifugo.error.104': {
    message: 'method not found',
    description: 'The method sent in the command does not exist.',
    remediation: 'Call only methods the server defines, for example register the RPC method on the server.',
    source,
  },
  'centrifugo.error.105': {
    message: 'already subscribed',
    description:
      'The client subscribed to a channel it is already subscribed to, client-side or server-side.',
    remediation:
      'Keep one subscription per channel and do not subscribe client-side to a server-side channel.',
    source,
  },
  'centrifugo.error.106': {
    message: 'limit exceeded',
    description: 'Some limit was exceeded; the server logs say which.',
    remediation: 'Check the Centrifugo server logs for the limit hit and raise it or lower the load.',
    source,
  },
  'centrifugo.error.107': {
    message: 'bad request',
    description: 'The server cannot process the data because it is malformed; retrying makes no sense.',
    remediation: 'Fix the command the client sends; do not retry it unchanged.',
    source,
  },
  'centrifugo.error.108': {
    message: 'not available',
    description: 'The resource is not enabled, for example history or presence on a channel without them.',
    remediation:
      'Enable the feature (history, presence) for the channel namespace in the server configuration.',
    source,
  },
  'centrifugo.error.109': {
    message: 'token expired',
    description: 'The connection or subscription token expired; the SDK fetches a new one and tries again.',
    remediation:
      'Set getToken so the session can fetch a fresh token, and issue tokens that outlive the connect.',
    source,
  },
  'centrifugo.error.110': {
    message: 'expired',
    description: 'The connection expired (no token involved).',
    remediation: 'Call connect() again once the server allows the connection.',
    source,
  },
  'centrifugo.error.111': {
    message: 'too many requests',
    description: 'The server rejected the request because of rate limiting.',
    remediation: 'Send fewer commands; the session retries with backoff.',
    source,
  },
  'centrifugo.error.112': {
    message: 'unrecoverable position',
    description:
      'The stream no longer holds the publications needed from the given position, for example after an epoch change.',
    remediation:
      'Reload the channel state from your backend and subscribe again without a recovery position.',
    source,
  },
  'centrifugo.error.113': {
    message: 'concurrent pagination',
    description: 'A map subscription paginated concurrently with another page request; try again.',
    remediation:
      'Let the session retry with backoff and avoid overlapping page requests on one map subscription.',
    source: S.replyErrors,
  },
};
