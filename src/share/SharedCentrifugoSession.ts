import type { ActorRefFrom } from 'xstate';
import type { connectionMachine } from '../machines/connection/connection.machine.ts';
import type { ConnectionStatus } from '../machines/connection/connection.selectors.ts';
import type { CentrifugoSubscriptionOptions } from '../protocols/centrifugo/CentrifugoOptions.ts';
import type {
  CentrifugoSession,
  CentrifugoSessionEvents,
} from '../protocols/centrifugo/CentrifugoSession.ts';
import type { CentrifugoSessionOptions } from '../protocols/centrifugo/CentrifugoSessionOptions.ts';
import type { CentrifugoSubscription } from '../protocols/centrifugo/CentrifugoSubscription.ts';
import type { EventListeners } from '../protocols/shared/EventListeners.ts';
import type { SubscriptionActor } from '../protocols/shared/subscriptionTable.ts';
import type { ShareError } from './ShareError.ts';
import type { SharePlatform } from './sharePlatform.ts';
import type { ShareRole, shareRoleMachine } from './shareRoleMachine.ts';

/** Options of tab sharing (the `share` option of `createSharedCentrifugoSession`). */
export interface ShareCentrifugoOptions {
  /**
   * Tabs with the same name share one connection (default: the URL). Give sessions to different
   * servers or users different names.
   */
  name?: string;
  /** How long a follower waits for the leader's answer to a forwarded call, ms (default 10000; 0 = no limit). */
  callTimeout?: number;
  /**
   * Options for a channel another tab asked for, applied by whichever tab leads (functions such as
   * a subscription's `getToken` cannot cross tabs; every tab runs the same app code, so give them here).
   */
  subscriptionOptions?: (channel: string) => CentrifugoSubscriptionOptions;
  /** Web Locks and BroadcastChannel to use instead of the platform's (tests, or a polyfill). */
  platform?: Partial<SharePlatform>;
  /** This tab's id on the channel (default: a random one). */
  tabId?: string;
}

/** Options of `createSharedCentrifugoSession`: the session's options plus `share`. */
export interface SharedCentrifugoSessionOptions extends CentrifugoSessionOptions {
  /** Tab sharing; `false` turns it off (an ordinary session with `role: 'leader'`). */
  share?: ShareCentrifugoOptions | false;
}

/** The connection status every tab shows: the leader's, plus this tab's role. */
export interface SharedStatus extends ConnectionStatus {
  /** `leader`: this tab holds the socket; `follower`: it mirrors the tab that does. */
  role: ShareRole;
}

/** Events of a shared session. */
export interface SharedCentrifugoSessionEvents extends Omit<CentrifugoSessionEvents, 'status'> {
  status: SharedStatus;
  /** A message from another tab was dropped (hostile, garbled, another version). Nothing else happens. */
  shareError: ShareError;
}

// Not shared yet: what acts on the one connection or the one server subscription every tab
// shares (docs/sharing.md, "What a shared session does not have (yet)"). Use the options instead.
/** Members of a session's channel handle that a shared channel does not offer yet. */
type NotSharedOnChannel = 'setData' | 'setTagsFilter';
/** Members of a session that a shared session does not offer yet. */
type NotSharedOnSession = 'setData' | 'setHeaders' | 'startBatching' | 'stopBatching';

/**
 * A channel of a shared session: the same calls and events as a session's own handle (`ready`
 * follows the leader's subscription, mirrored), less `setData` and `setTagsFilter`.
 */
export interface SharedCentrifugoSubscription
  extends Omit<CentrifugoSubscription, 'actor' | NotSharedOnChannel> {
  /** The real subscription's actor in the leading tab; `undefined` in a follower. */
  readonly actor: SubscriptionActor | undefined;
}

/**
 * A Centrifugo session shared by every tab of an origin (see `createSharedCentrifugoSession`): the
 * same calls as `CentrifugoSession` less `setData`, `setHeaders` and batching (docs/sharing.md says
 * why); `status.role` says whether this tab holds the socket, and `ready()` resolves once the
 * leader's (mirrored) status is `connected`.
 */
export interface SharedCentrifugoSession
  extends Omit<
      CentrifugoSession,
      | 'actor'
      | 'status'
      | 'on'
      | 'once'
      | 'off'
      | 'subscribe'
      | 'getSubscription'
      | 'removeSubscription'
      | 'subscriptions'
      | NotSharedOnSession
    >,
    EventListeners<SharedCentrifugoSessionEvents> {
  /** The leader's status, plus `role`. */
  readonly status: SharedStatus;
  /** This tab's role. */
  readonly role: ShareRole;
  /** The real connection actor in the leading tab; `undefined` in a follower. */
  readonly actor: ActorRefFrom<typeof connectionMachine> | undefined;
  /** The tab's role machine (`electing`, `follower`, `leader`, `standalone`), for inspectors. */
  readonly shareActor: ActorRefFrom<typeof shareRoleMachine>;
  subscribe(channel: string, options?: CentrifugoSubscriptionOptions): SharedCentrifugoSubscription;
  getSubscription(channel: string): SharedCentrifugoSubscription | undefined;
  removeSubscription(subscription: SharedCentrifugoSubscription): void;
  subscriptions(): SharedCentrifugoSubscription[];
}
