import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.legacySeed;

/** Message, description, remediation and source of each rule in legacyDisconnectRules.ts, keyed by rule id. */
export const legacyDisconnectDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo-legacy.disconnect.3000': {
    message: 'normal',
    description: 'A clean disconnect, for server metrics; the client never receives it.',
    remediation: 'Nothing to do; the client closed the connection itself.',
    source: `${S.legacySeed}, ${S.legacy}`,
  },
  'centrifugo-legacy.disconnect.3001': {
    message: 'shutdown',
    description: 'The server node is shutting down.',
    remediation: 'Let the session reconnect to another node.',
    source,
  },
  'centrifugo-legacy.disconnect.3002': {
    message: 'invalid token',
    description: 'The client came with an invalid token. Now 3500.',
    remediation: 'Issue a valid connection token, then call connect() again.',
    source,
  },
  'centrifugo-legacy.disconnect.3003': {
    message: 'bad request',
    description: 'The client used a malformed protocol. Now 3501.',
    remediation: 'Fix the frames the client sends, then call connect() again.',
    source,
  },
  'centrifugo-legacy.disconnect.3004': {
    message: 'internal server error',
    description: 'An internal error occurred on the server.',
    remediation: 'Let the session reconnect and check the Centrifugo server logs if it persists.',
    source,
  },
  'centrifugo-legacy.disconnect.3005': {
    message: 'expired',
    description: 'The client connection expired. Now reported as "connection expired".',
    remediation: 'Refresh the connection token before it expires.',
    source,
  },
  'centrifugo-legacy.disconnect.3006': {
    message: 'subscription expired',
    description: 'A client subscription expired.',
    remediation: 'Refresh subscription tokens before they expire.',
    source,
  },
  'centrifugo-legacy.disconnect.3007': {
    message: 'stale',
    description:
      'The connection did not authenticate in time after dialing, usually a broken client. Now 3502.',
    remediation: 'Send the connect command right after the transport opens.',
    source,
  },
  'centrifugo-legacy.disconnect.3008': {
    message: 'slow',
    description: 'The client cannot read messages fast enough.',
    remediation: 'Handle publications faster or subscribe to fewer busy channels.',
    source,
  },
  'centrifugo-legacy.disconnect.3009': {
    message: 'write error',
    description: 'Writing to the client connection failed.',
    remediation: 'Let the session reconnect; check the network path if it repeats.',
    source,
  },
  'centrifugo-legacy.disconnect.3010': {
    message: 'insufficient state',
    description: 'The server found a wrong client position in a channel stream; reconnecting recovers it.',
    remediation:
      'Let the session reconnect; if it repeats, check the link between Centrifugo and its broker.',
    source,
  },
  'centrifugo-legacy.disconnect.3011': {
    message: 'force reconnect',
    description: 'The server dropped the connection and wants it back shortly.',
    remediation: 'Let the session reconnect.',
    source,
  },
  'centrifugo-legacy.disconnect.3012': {
    message: 'force disconnect',
    description:
      'The server disconnected the connection and asks it not to reconnect. Now 3503; 3012 now means no pong.',
    remediation: 'Call connect() again only when the application decides the user may return.',
    source,
  },
  'centrifugo-legacy.disconnect.3013': {
    message: 'connection limit',
    description:
      'The connection exceeds a configured connection limit; v0.19 also used 3013 for the channel limit. Now 3504 and 3505; 3013 now means too many requests.',
    remediation: 'Close other connections of this user or raise the limit on the server.',
    source,
  },
};
