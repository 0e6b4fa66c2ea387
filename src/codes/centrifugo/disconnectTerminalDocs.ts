import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.currentSeed;

/** Message, description, remediation and source of each rule in disconnectTerminalRules.ts, keyed by rule id. */
export const disconnectTerminalDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.disconnect.3500': {
    message: 'invalid token',
    description:
      'The client came with an invalid connection token, or a subscription token for the wrong user.',
    remediation: 'Issue a valid token for this user and channel, then call connect() again.',
    source,
  },
  'centrifugo.disconnect.3501': {
    message: 'bad request',
    description: 'The client sent malformed protocol frames, for example a pong without a ping.',
    remediation: 'Fix the frames the client sends; send a pong only for a ping when pong was negotiated.',
    source,
  },
  'centrifugo.disconnect.3502': {
    message: 'stale',
    description: 'The connection did not authenticate within the configured interval after dialing.',
    remediation: 'Send the connect command right after the transport opens.',
    source,
  },
  'centrifugo.disconnect.3503': {
    message: 'force disconnect',
    description: 'The server disconnected the connection and asks it not to reconnect.',
    remediation: 'Call connect() again only when the application decides the user may return.',
    source,
  },
  'centrifugo.disconnect.3504': {
    message: 'connection limit',
    description: 'The connection exceeds a configured connection limit, per user or by another rule.',
    remediation: 'Close other connections of this user or raise the connection limit on the server.',
    source,
  },
  'centrifugo.disconnect.3505': {
    message: 'channel limit',
    description: 'The connection exceeds a configured channel limit.',
    remediation: 'Subscribe to fewer channels per connection or raise the channel limit on the server.',
    source,
  },
  'centrifugo.disconnect.3506': {
    message: 'inappropriate protocol',
    description: 'The connection format cannot carry the data, for example binary data to a JSON client.',
    remediation: 'Use the Protobuf protocol for binary channels or publish JSON to JSON clients.',
    source,
  },
  'centrifugo.disconnect.3507': {
    message: 'permission denied',
    description: 'The client accessed the server without enough permissions.',
    remediation: 'Grant the user the needed permissions, then call connect() again.',
    source,
  },
  'centrifugo.disconnect.3508': {
    message: 'not available',
    description:
      'A feature is not available where an error reply does not fit, for example an async message with no server handler.',
    remediation: 'Enable the feature on the server or stop using it from the client.',
    source,
  },
  'centrifugo.disconnect.3509': {
    message: 'too many errors',
    description: 'The client produced too many errors.',
    remediation: 'Fix the errors the client causes; the server logs list them.',
    source,
  },
};
