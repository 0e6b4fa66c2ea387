import type { ActorRefFrom } from 'xstate';
import type { NatsInfo } from '../frames/nats/natsInfo.ts';
import type { connectionMachine } from '../machines/connection/connection.machine.ts';
import type { NatsSessionOptions } from '../protocols/nats/natsSessionOptions.ts';
import type { NatsSession, NatsSessionEvents, NatsStatus } from '../protocols/nats/natsSessionTypes.ts';
import type { NatsSubscription } from '../protocols/nats/natsSubscription.ts';
import type { EventListeners } from '../protocols/shared/EventListeners.ts';
import type { SubscriptionActor } from '../protocols/shared/subscriptionTable.ts';
import type { ShareCoreOptions } from './createShareCore.ts';
import type { ShareError } from './ShareError.ts';
import type { ShareRole, shareRoleMachine } from './shareRoleMachine.ts';

/** Options of `createSharedNatsSession`: the session's options plus `share`. */
export interface SharedNatsSessionOptions extends NatsSessionOptions {
  /** Tab sharing (`name` defaults to the server list); `false` turns it off. */
  share?: ShareCoreOptions | false;
}

/** The NATS status every tab shows: the leader's, plus this tab's role. */
export interface SharedNatsStatus extends NatsStatus {
  role: ShareRole;
}

/** Events of a shared NATS session. */
export interface SharedNatsSessionEvents extends Omit<NatsSessionEvents, 'status'> {
  status: SharedNatsStatus;
  /** A message from another tab was dropped (hostile, garbled, another version). */
  shareError: ShareError;
}

// Not shared yet: what counts, limits or iterates the one SUB every tab shares, or measures and
// drives the leader's connection (docs/sharing.md, "What a shared session does not have (yet)").
/** Members of a NATS subscription that a shared one does not offer yet. */
type NotSharedOnSubscription = 'pending' | typeof Symbol.asyncIterator;
/** Members of a NATS session that a shared one does not offer yet. */
type NotSharedOnSession = 'reconnect' | 'timers' | 'rtt' | 'stats' | 'createInbox';

/** A subscription of a shared NATS session. `sid` is 0 (the leader's SUB has its own). */
export interface SharedNatsSubscription extends Omit<NatsSubscription, 'actor' | NotSharedOnSubscription> {
  /** The leader's subscription actor in the leading tab; `undefined` in a follower. */
  readonly actor: SubscriptionActor | undefined;
  /**
   * Leaves the subscription; with `max`, after this tab received `max` messages in all (ends at
   * once when that many already arrived). Counted per tab: the leader's one SUB serves every tab
   * of the subject, so no `UNSUB sid max` is sent.
   */
  unsubscribe(max?: number): void;
}

/**
 * A NATS (WebSocket) session shared by every tab of an origin: the calls of `NatsSession`, run by
 * the leading tab; `status.role` says whether this tab holds the socket. `publish` returns whether
 * the shared connection is up (the leader writes it); `info` is the leader's, in the leading tab.
 */
export interface SharedNatsSession
  extends Omit<
      NatsSession,
      'actor' | 'status' | 'on' | 'once' | 'off' | 'subscribe' | 'info' | NotSharedOnSession
    >,
    EventListeners<SharedNatsSessionEvents> {
  readonly status: SharedNatsStatus;
  readonly role: ShareRole;
  /** The INFO of the leader's connection, in the leading tab; `undefined` in a follower. */
  readonly info: NatsInfo | undefined;
  readonly actor: ActorRefFrom<typeof connectionMachine> | undefined;
  readonly shareActor: ActorRefFrom<typeof shareRoleMachine>;
  subscribe(subject: string, options?: { queue?: string }): SharedNatsSubscription;
}
