import type { CodeEntry } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'client', source: S.clientSide } as const;

/**
 * centrifuge-js's own connection state codes: the `code` of its connecting and disconnected
 * events when the client itself, not the server, caused the change.
 * `extra.table` and `extra.constant` name the SDK enum member.
 */
export const clientConnectionStateRows: readonly CodeEntry[] = [
  {
    ...base,
    id: 'centrifugo.client.connecting.0',
    code: 0,
    name: 'connectingCodes.connectCalled',
    message: 'connect called',
    description: 'The app called connect(); the client starts connecting.',
    verdict: V.ignore,
    remediation: 'Nothing to do; wait for the connected state.',
    extra: { table: 'connectingCodes', constant: 'connectCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.1',
    code: 1,
    name: 'connectingCodes.transportClosed',
    message: 'transport closed',
    description:
      'The transport closed (WebSocket code below 3000 except 1009, offline, back/forward cache, open failure or an undecodable frame).',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; check the network, proxy or URL if it never connects.',
    extra: { table: 'connectingCodes', constant: 'transportClosed' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.2',
    code: 2,
    name: 'connectingCodes.noPing',
    message: 'no ping',
    description: 'No server ping arrived within the ping interval plus maxServerPingDelay.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; check proxies that buffer or drop idle WebSocket traffic.',
    extra: { table: 'connectingCodes', constant: 'noPing' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.3',
    code: 3,
    name: 'connectingCodes.subscribeTimeout',
    message: 'subscribe timeout',
    description: 'A subscribe command got no reply in time, so the whole client reconnects.',
    verdict: V.reconnect,
    remediation: 'Raise the timeout option or find why the server answers subscribe slowly.',
    extra: { table: 'connectingCodes', constant: 'subscribeTimeout' },
  },
  {
    ...base,
    id: 'centrifugo.client.connecting.4',
    code: 4,
    name: 'connectingCodes.unsubscribeError',
    message: 'unsubscribe error',
    description: 'An unsubscribe command got an error reply or timed out, so the client reconnects.',
    verdict: V.reconnect,
    remediation: 'Let the session reconnect; check the server logs for the unsubscribe failure.',
    extra: { table: 'connectingCodes', constant: 'unsubscribeError' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.0',
    code: 0,
    name: 'disconnectedCodes.disconnectCalled',
    message: 'disconnect called',
    description: 'The app called disconnect(); subscriptions stay subscribing until the next connect().',
    verdict: V.close,
    remediation: 'Call connect() when the app wants the connection back.',
    extra: { table: 'disconnectedCodes', constant: 'disconnectCalled' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.1',
    code: 1,
    name: 'disconnectedCodes.unauthorized',
    message: 'unauthorized',
    description:
      'getToken threw UnauthorizedError or returned no token, or a token was needed and no getToken is set.',
    verdict: V.close,
    remediation: 'Sign the user in again and call connect(); set getToken if tokens expire.',
    extra: { table: 'disconnectedCodes', constant: 'unauthorized' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.2',
    code: 2,
    name: 'disconnectedCodes.badProtocol',
    message: 'bad protocol',
    description: 'An app event handler or the reply handling threw, so the client stopped.',
    verdict: V.close,
    remediation: 'Catch errors inside your event handlers, then call connect() again.',
    extra: { table: 'disconnectedCodes', constant: 'badProtocol' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.3',
    code: 3,
    name: 'disconnectedCodes.messageSizeLimit',
    message: 'message size limit exceeded',
    description: 'The WebSocket closed with 1009: a message exceeded a size limit. Terminal.',
    verdict: V.close,
    remediation: 'Raise the WebSocket message size limits or publish smaller messages.',
    extra: { table: 'disconnectedCodes', constant: 'messageSizeLimit' },
  },
  {
    ...base,
    id: 'centrifugo.client.disconnected.3014',
    code: 3014,
    name: 'disconnectedCodes.stateInvalidated',
    message: 'state invalidated',
    description:
      'The SDK names server code 3014 in its disconnected table, but it reconnects after clearing the token and positions.',
    verdict: V.reconnectInvalidated,
    remediation: 'Reload application state from your backend after the session is connected again.',
    extra: { table: 'disconnectedCodes', constant: 'stateInvalidated' },
  },
];
