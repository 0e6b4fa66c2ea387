import type { CodeDoc } from '../types.ts';
import { CENTRIFUGO_SOURCES as S } from './centrifugoSources.ts';

const source = S.clientSide;

/** Message, description, remediation and source of each rule in clientErrorCodeRules.ts, keyed by rule id. */
export const clientErrorCodeDocs: Readonly<Record<string, CodeDoc>> = {
  'centrifugo.client.error.1': {
    message: 'timeout',
    description: 'A command got no reply within the timeout option; a call rejects, a connect retries.',
    remediation: 'Retry the call or raise the timeout option.',
    source,
  },
  'centrifugo.client.error.2': {
    message: 'transport closed',
    description: 'The transport closed before it opened while connecting.',
    remediation: 'Check the endpoint URL and the network; the session keeps reconnecting.',
    source,
  },
  'centrifugo.client.error.3': {
    message: 'client disconnected',
    description: 'A call or ready() waited on a client that went to disconnected.',
    remediation: 'Call connect() before making calls.',
    source,
  },
  'centrifugo.client.error.4': {
    message: 'client closed',
    description: 'Defined by the SDK for a closed client; centrifuge-js never emits it.',
    remediation: 'Create a new client before making calls.',
    source,
  },
  'centrifugo.client.error.5': {
    message: 'connect token error',
    description: 'getToken threw an error other than UnauthorizedError while connecting; the client retries.',
    remediation: 'Fix the token endpoint; throw UnauthorizedError from getToken to stop retrying.',
    source,
  },
  'centrifugo.client.error.6': {
    message: 'refresh token error',
    description: 'getToken threw while refreshing the connection token; the refresh is retried in 5-10 s.',
    remediation: 'Fix the token endpoint; throw UnauthorizedError from getToken to end the session.',
    source,
  },
  'centrifugo.client.error.7': {
    message: 'subscription unsubscribed',
    description: 'A call on a subscription failed because the subscription is unsubscribed.',
    remediation: 'Call subscribe() before publishing or reading history on the subscription.',
    source,
  },
  'centrifugo.client.error.8': {
    message: 'subscribe token error',
    description:
      'The subscription getToken threw an error other than UnauthorizedError; it resubscribes after backoff.',
    remediation: 'Fix the subscription token endpoint; throw UnauthorizedError to stop retrying.',
    source,
  },
  'centrifugo.client.error.9': {
    message: 'subscription refresh token error',
    description: 'The subscription getToken threw while refreshing; the refresh is retried after backoff.',
    remediation: 'Fix the subscription token endpoint; throw UnauthorizedError to end the subscription.',
    source,
  },
  'centrifugo.client.error.10': {
    message: 'transport write error',
    description: 'Writing a command to the transport failed.',
    remediation: 'Let the session reconnect; check the network if it repeats.',
    source,
  },
  'centrifugo.client.error.11': {
    message: 'connection closed',
    description: 'The connection closed while the command was in flight; in-flight calls reject with it.',
    remediation: 'Retry the call once the session is connected again.',
    source,
  },
  'centrifugo.client.error.12': {
    message: 'bad configuration',
    description:
      'The client is misconfigured, for example a token expired and no getToken is set, or getData failed.',
    remediation: 'Fix the client options named in the error message, for example set getToken.',
    source,
  },
  'centrifugo.client.error.13': {
    message: 'subscription get state error',
    description: 'The subscription getState callback failed; the subscription tries again.',
    remediation: 'Fix the getState callback so it returns the channel state and its stream position.',
    source,
  },
  'centrifugo.client.error.14': {
    message: 'shared poll get signature error',
    description: 'The shared poll signature callback failed; the subscription tries again.',
    remediation: 'Fix the callback that signs shared poll subscriptions.',
    source,
  },
};
