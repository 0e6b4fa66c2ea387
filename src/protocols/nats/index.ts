/**
 * `codestate/nats`: a NATS core client on the shared connection and subscription machines.
 * @packageDocumentation
 */

/** The server's INFO block, validated (`session.info`). */
export type { NatsInfo } from '../../frames/nats/natsInfo.ts';
export { TransportError, type TransportErrorKind } from '../../transports/TransportError.ts';
export type { EventListeners } from '../shared/EventListeners.ts';
export type { Session } from '../shared/Session.ts';
export type { SessionSubscription } from '../shared/SessionSubscription.ts';
export type { SessionClock, SessionTimers } from '../shared/sessionTimers.ts';
export type { SubscriptionActor, SubscriptionTableSnapshot } from '../shared/subscriptionTable.ts';
export { NATS_CLIENT_VERSION } from './connectOptionsFrom.ts';
export { createNatsSession } from './createNatsSession.ts';
export { NatsError, type NatsErrorCode } from './natsError.ts';
export { type HeadersInit, headers, MsgHeaders } from './natsHeaders.ts';
export type { NatsMessage, Responder } from './natsMessage.ts';
export type {
  NatsClock,
  NatsCredentials,
  NatsCredentialsRequest,
  NatsSessionOptions,
} from './natsSessionOptions.ts';
export type {
  NatsSession,
  NatsSessionEvents,
  NatsStats,
  NatsStatus,
  PublishOptions,
  RequestOptions,
} from './natsSessionTypes.ts';
export type { NatsSubscribeOptions, NatsSubscription, NatsSubscriptionEvents } from './natsSubscription.ts';
export type { NatsTlsOptions, PemInput } from './natsTls.ts';
export { type RequestManyOptions, type RequestStrategy, requestMany } from './requestMany.ts';
export { type PoolServer, ServerPool, type ServerPoolOptions } from './serverPool.ts';
