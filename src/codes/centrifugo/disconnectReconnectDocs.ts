import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.currentSeed;

/** Message, description, remediation and source of each rule in disconnectReconnectRules.ts, keyed by rule id. */
export const disconnectReconnectDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.disconnect.3000': {
    message: 'connection closed',
    description:
      'The connection closed without advice from the server; used for metrics, a client sees a plain transport close.',
    remediation: 'Let the session reconnect; check the network if it happens often.',
    source,
  },
  'centrifugo.disconnect.3001': {
    message: 'shutdown',
    description: 'The server node is shutting down.',
    remediation: 'Let the session reconnect to another node.',
    source,
  },
  'centrifugo.disconnect.3004': {
    message: 'internal server error',
    description: 'An internal error occurred on the server.',
    remediation: 'Let the session reconnect and check the Centrifugo server logs if it persists.',
    source,
  },
  'centrifugo.disconnect.3005': {
    message: 'connection expired',
    description: 'The connection expired, for example a token refresh came with an expired token.',
    remediation: 'Set getToken so the session can refresh the connection token before it expires.',
    source,
  },
  'centrifugo.disconnect.3006': {
    message: 'subscription expired',
    description: 'A server-side subscription expired without a refresh.',
    remediation: 'Issue connection tokens whose server-side subscriptions are refreshed in time.',
    source,
  },
  'centrifugo.disconnect.3008': {
    message: 'slow',
    description: 'The client cannot read messages fast enough.',
    remediation: 'Handle publications faster or subscribe to fewer busy channels.',
    source,
  },
  'centrifugo.disconnect.3009': {
    message: 'write error',
    description: 'Writing to the client connection failed.',
    remediation: 'Let the session reconnect; check the network path if it repeats.',
    source,
  },
  'centrifugo.disconnect.3010': {
    message: 'insufficient state',
    description:
      'The server found a wrong client position in a channel stream; reconnecting lets the client recover missed publications.',
    remediation:
      'Let the session reconnect; if it repeats, check the link between Centrifugo and its broker.',
    source,
  },
  'centrifugo.disconnect.3011': {
    message: 'force reconnect',
    description: 'The server dropped the connection and wants it back.',
    remediation: 'Let the session reconnect.',
    source,
  },
  'centrifugo.disconnect.3012': {
    message: 'no pong',
    description:
      'No pong arrived for a server ping in time. Legacy servers used 3012 for a terminal force disconnect instead.',
    remediation:
      'Answer each server ping with exactly one pong and keep the event loop free enough to do so.',
    source,
  },
  'centrifugo.disconnect.3013': {
    message: 'too many requests',
    description:
      'The client sent too many commands. Legacy servers used 3013 for a terminal connection limit instead.',
    remediation: 'Send fewer commands per second from this client.',
    source,
  },
  'centrifugo.disconnect.3014': {
    message: 'state invalidated',
    description:
      'The server invalidated the connection state: the client clears its token and every stream position, then reconnects.',
    remediation: 'Reload application state from your backend after the session is connected again.',
    source: S.stateInvalidated,
  },
};
