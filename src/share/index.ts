/**
 * `codestate/share`: one connection for every tab of an origin. One tab leads (a Web Lock) and
 * holds the socket; the others follow its state over a BroadcastChannel.
 * @packageDocumentation
 */

/** The server's INFO block, validated (`session.info`). */
export type { NatsInfo } from '../frames/nats/natsInfo.ts';
export type { EventListeners } from '../protocols/shared/EventListeners.ts';
export type { ShareCoreOptions } from './createShareCore.ts';
export { createSharedCentrifugoSession } from './createSharedCentrifugoSession.ts';
export { createSharedNatsSession } from './createSharedNatsSession.ts';
export type {
  ShareCentrifugoOptions,
  SharedCentrifugoSession,
  SharedCentrifugoSessionEvents,
  SharedCentrifugoSessionOptions,
  SharedCentrifugoSubscription,
  SharedStatus,
} from './SharedCentrifugoSession.ts';
export type {
  SharedNatsSession,
  SharedNatsSessionEvents,
  SharedNatsSessionOptions,
  SharedNatsStatus,
  SharedNatsSubscription,
} from './SharedNatsSession.ts';
export { ShareError, type ShareErrorCode } from './ShareError.ts';
export { decodeShareMessage, SHARE_PROTOCOL, type ShareMessage } from './shareMessages.ts';
export type {
  BroadcastChannelConstructor,
  BroadcastChannelLike,
  LockManagerLike,
  SharePlatform,
} from './sharePlatform.ts';
export { type ShareRole, shareRoleMachine } from './shareRoleMachine.ts';
