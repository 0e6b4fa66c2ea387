/**
 * `codestate/centrifugo`: a Centrifugo client session for browsers and Node, its protocol driver,
 * the inbound frame decoder and the WebSocket transport.
 * @packageDocumentation
 */
export * from '../../frames/centrifugo/index.ts';
export * from '../../transports/index.ts';
export { buildConnect, buildSubscribe, INVALID_EPOCH } from './buildCommands.ts';
export { CentrifugoCallError, type CallErrorOrigin } from './CentrifugoCallError.ts';
export type {
  CentrifugoDriverOptions,
  CentrifugoSubscriptionOptions,
  ConnectionTokenGetter,
  StreamPosition,
  SubscriptionTokenGetter,
} from './CentrifugoOptions.ts';
export type { CentrifugoSession, CentrifugoSessionEvents } from './CentrifugoSession.ts';
export type { CentrifugoSessionOptions } from './CentrifugoSessionOptions.ts';
export type { CentrifugoSubscription, CentrifugoSubscriptionEvents, HistoryOptions } from './CentrifugoSubscription.ts';
export { type CentrifugoDriver, createCentrifugoDriver, type DriverHooks } from './createCentrifugoDriver.ts';
export { createCentrifugoSession } from './createCentrifugoSession.ts';
export type { SubscriptionEvents } from './SubscriptionRecord.ts';
export { isUnauthorizedError, UnauthorizedError } from './UnauthorizedError.ts';
