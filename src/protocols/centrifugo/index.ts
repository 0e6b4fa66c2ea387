/**
 * `codestate/centrifugo`: a Centrifugo client session for browsers and Node, its protocol driver,
 * the inbound frame decoder and its transports (WebSocket built in; `httpStreamTransport` and
 * `sseTransport` for the `transports` list, shipped only to apps that import them).
 * @packageDocumentation
 */
export {
  type CentrifugoFrame,
  type CentrifugoPush,
  type ConnectResult as CentrifugoConnectResult,
  DEFAULT_MAX_FRAME_BYTES as CENTRIFUGO_MAX_FRAME_BYTES,
  type DecodeResult as CentrifugoDecodeResult,
  decodeCentrifugoFrames,
  type FrameError as CentrifugoFrameError,
  isFrameError as isCentrifugoFrameError,
  type Publication as CentrifugoPublication,
  pushSchema as centrifugoPushSchema,
  type ReplyError as CentrifugoReplyError,
  replySchema as centrifugoReplySchema,
  type SubscribeResult as CentrifugoSubscribeResult,
} from '../../frames/centrifugo/index.ts';
export * from '../../transports/index.ts';
// Named by the exported driver types; exported so declaration files that infer them can name them.
export type { EventSink } from '../shared/Emitter.ts';
export type { EventListeners } from '../shared/EventListeners.ts';
export type { Session } from '../shared/Session.ts';
export type { SessionSubscription } from '../shared/SessionSubscription.ts';
export type { SessionClock, SessionTimers } from '../shared/sessionTimers.ts';
export type { SubscriptionActor, SubscriptionTableSnapshot } from '../shared/subscriptionTable.ts';
export { type CallErrorOrigin, CentrifugoCallError } from './CentrifugoCallError.ts';
export type { CentrifugoDriver, DriverHooks } from './CentrifugoDriver.ts';
export { CentrifugoOptionError } from './CentrifugoOptionError.ts';
export type {
  CentrifugoDriverOptions,
  CentrifugoSubscriptionOptions,
  ConnectionDataGetter,
  ConnectionTokenGetter,
  StreamPosition,
  SubscriptionDataGetter,
  SubscriptionStateGetter,
  SubscriptionTokenGetter,
} from './CentrifugoOptions.ts';
export type { CentrifugoSession, CentrifugoSessionEvents } from './CentrifugoSession.ts';
export type { CentrifugoSessionOptions } from './CentrifugoSessionOptions.ts';
export type { CentrifugoStatus } from './CentrifugoStatus.ts';
export type {
  CentrifugoSubscription,
  CentrifugoSubscriptionEvents,
  HistoryOptions,
} from './CentrifugoSubscription.ts';
export type {
  ClientInfo as CentrifugoClientInfo,
  HistoryResult as CentrifugoHistoryResult,
  PresenceResult as CentrifugoPresenceResult,
  PresenceStatsResult as CentrifugoPresenceStatsResult,
  PublicationContext as CentrifugoPublicationContext,
} from './callResults.ts';
export { createCentrifugoDriver } from './createCentrifugoDriver.ts';
export { createCentrifugoSession } from './createCentrifugoSession.ts';
export type { CentrifugoDebug } from './debugHooks.ts';
export type { DeltaState, FossilDelta } from './deltaCodec.ts';
export type { SubscriptionEvents, SubscriptionRecord } from './SubscriptionRecord.ts';
export type { ServerSubscriptionEvents } from './serverSubs.ts';
export type { SubscribedEvent, UnrecoveredEvent, UnrecoveredReason } from './subscribedEvents.ts';
export type { FilterComparisonOperator, FilterNode } from './tagsFilter.ts';
export type {
  CentrifugoConnection,
  CentrifugoTransportClose,
  CentrifugoTransportDeps,
  CentrifugoTransportEndpoint,
  CentrifugoTransportHandlers,
  CentrifugoTransportKind,
  CentrifugoTransportName,
  EventSourceConstructor,
  EventSourceLike,
  ReadableStreamConstructor,
} from './transports/CentrifugoTransport.ts';
export type { TransportFallback, TransportPlan } from './transports/createTransportPlan.ts';
export { httpStreamTransport } from './transports/httpStreamTransport.ts';
export { sseTransport } from './transports/sseTransport.ts';
export { isUnauthorizedError, UnauthorizedError } from './UnauthorizedError.ts';
