import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.clientSide;

/** Message, description, remediation and source of each rule in clientConnectionStateRules.ts, keyed by rule id. */
export const clientConnectionStateDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.client.connecting.0': {
    message: 'connect called',
    description: 'The app called connect(); the client starts connecting.',
    remediation: 'Nothing to do; wait for the connected state.',
    source,
  },
  'centrifugo.client.connecting.1': {
    message: 'transport closed',
    description:
      'The transport closed (WebSocket code below 3000 except 1009, offline, back/forward cache, open failure or an undecodable frame).',
    remediation: 'Let the session reconnect; check the network, proxy or URL if it never connects.',
    source,
  },
  'centrifugo.client.connecting.2': {
    message: 'no ping',
    description: 'No server ping arrived within the ping interval plus maxServerPingDelay.',
    remediation: 'Let the session reconnect; check proxies that buffer or drop idle WebSocket traffic.',
    source,
  },
  'centrifugo.client.connecting.3': {
    message: 'subscribe timeout',
    description: 'A subscribe command got no reply in time, so the whole client reconnects.',
    remediation: 'Raise the timeout option or find why the server answers subscribe slowly.',
    source,
  },
  'centrifugo.client.connecting.4': {
    message: 'unsubscribe error',
    description: 'An unsubscribe command got an error reply or timed out, so the client reconnects.',
    remediation: 'Let the session reconnect; check the server logs for the unsubscribe failure.',
    source,
  },
  'centrifugo.client.connecting.1.fallback': {
    message: 'transport closed',
    description:
      'A transport of the transports list failed before any transport reached the server, so the next one in the list is tried at once (the first round over the list has no reconnect delay).',
    remediation:
      'Nothing to do if a later transport connects; if none does, check that the endpoints and the emulation endpoint are reachable.',
    source,
  },
  'centrifugo.client.disconnected.0': {
    message: 'disconnect called',
    description: 'The app called disconnect(); subscriptions stay subscribing until the next connect().',
    remediation: 'Call connect() when the app wants the connection back.',
    source,
  },
  'centrifugo.client.disconnected.1': {
    message: 'unauthorized',
    description:
      'getToken threw UnauthorizedError or returned no token, or a token was needed and no getToken is set.',
    remediation: 'Sign the user in again and call connect(); set getToken if tokens expire.',
    source,
  },
  'centrifugo.client.disconnected.2': {
    message: 'bad protocol',
    description: 'An app event handler or the reply handling threw, so the client stopped.',
    remediation: 'Catch errors inside your event handlers, then call connect() again.',
    source,
  },
  'centrifugo.client.disconnected.3': {
    message: 'message size limit exceeded',
    description: 'The WebSocket closed with 1009: a message exceeded a size limit. Terminal.',
    remediation: 'Raise the WebSocket message size limits or publish smaller messages.',
    source,
  },
  'centrifugo.client.disconnected.3014': {
    message: 'state invalidated',
    description:
      'The SDK names server code 3014 in its disconnected table, but it reconnects after clearing the token and positions.',
    remediation: 'Reload application state from your backend after the session is connected again.',
    source,
  },
};
