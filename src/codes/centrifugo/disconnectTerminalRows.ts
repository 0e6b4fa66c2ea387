import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = {
  protocol: 'centrifugo',
  kind: 'disconnect',
  source: S.currentSeed,
  verdict: V.close,
} as const;

/** Centrifugo disconnect codes 3500-3509: terminal, the client does not reconnect. */
export const disconnectTerminalRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.disconnect.3500',
    code: 3500,
    name: 'DisconnectInvalidToken',
    message: 'invalid token',
    description:
      'The client came with an invalid connection token, or a subscription token for the wrong user.',
    remediation: 'Issue a valid token for this user and channel, then call connect() again.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3501',
    code: 3501,
    name: 'DisconnectBadRequest',
    message: 'bad request',
    description: 'The client sent malformed protocol frames, for example a pong without a ping.',
    remediation: 'Fix the frames the client sends; send a pong only for a ping when pong was negotiated.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3502',
    code: 3502,
    name: 'DisconnectStale',
    message: 'stale',
    description: 'The connection did not authenticate within the configured interval after dialing.',
    remediation: 'Send the connect command right after the transport opens.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3503',
    code: 3503,
    name: 'DisconnectForceNoReconnect',
    message: 'force disconnect',
    description: 'The server disconnected the connection and asks it not to reconnect.',
    remediation: 'Call connect() again only when the application decides the user may return.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3504',
    code: 3504,
    name: 'DisconnectConnectionLimit',
    message: 'connection limit',
    description: 'The connection exceeds a configured connection limit, per user or by another rule.',
    remediation: 'Close other connections of this user or raise the connection limit on the server.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3505',
    code: 3505,
    name: 'DisconnectChannelLimit',
    message: 'channel limit',
    description: 'The connection exceeds a configured channel limit.',
    remediation: 'Subscribe to fewer channels per connection or raise the channel limit on the server.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3506',
    code: 3506,
    name: 'DisconnectInappropriateProtocol',
    message: 'inappropriate protocol',
    description: 'The connection format cannot carry the data, for example binary data to a JSON client.',
    remediation: 'Use the Protobuf protocol for binary channels or publish JSON to JSON clients.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3507',
    code: 3507,
    name: 'DisconnectPermissionDenied',
    message: 'permission denied',
    description: 'The client accessed the server without enough permissions.',
    remediation: 'Grant the user the needed permissions, then call connect() again.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3508',
    code: 3508,
    name: 'DisconnectNotAvailable',
    message: 'not available',
    description:
      'A feature is not available where an error reply does not fit, for example an async message with no server handler.',
    remediation: 'Enable the feature on the server or stop using it from the client.',
  },
  {
    ...base,
    id: 'centrifugo.disconnect.3509',
    code: 3509,
    name: 'DisconnectTooManyErrors',
    message: 'too many errors',
    description: 'The client produced too many errors.',
    remediation: 'Fix the errors the client causes; the server logs list them.',
  },
];
