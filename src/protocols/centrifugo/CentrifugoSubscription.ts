import type { HistoryResult, PresenceResult, PresenceStatsResult } from '../../frames/centrifugo/index.ts';
import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionState } from '../../machines/subscription/subscription.types.ts';
import type { SubscriptionActor } from '../shared/createSubscriptionHost.ts';
import type { SubscriptionEvents } from './SubscriptionRecord.ts';

/** Options of a history call (spec §7). */
export interface HistoryOptions {
  limit?: number;
  since?: { offset: number; epoch: string };
  reverse?: boolean;
}

/** Events of a subscription handle: server events plus `status` on every machine change. */
export interface CentrifugoSubscriptionEvents extends SubscriptionEvents {
  status: SubscriptionStatus;
}

/** One channel of a session, as the app sees it. */
export interface CentrifugoSubscription {
  readonly channel: string;
  /** `unsubscribed` | `subscribing` | `subscribed`. */
  readonly state: SubscriptionState;
  /** The UI model: state, attempt, next retry, last code and reason. */
  readonly status: SubscriptionStatus;
  /**
   * The subscription's XState actor (for inspectors and `@xstate/react`). It belongs to the
   * session's subscription system: use `session.removeSubscription` rather than `actor.stop()`.
   */
  readonly actor: SubscriptionActor;
  /** Listens to `publication`, `join`, `leave`, `error` or `status`; returns the function that stops. */
  on<K extends keyof CentrifugoSubscriptionEvents>(
    type: K,
    listener: (event: CentrifugoSubscriptionEvents[K]) => void,
  ): () => void;
  /** Subscribes again after `unsubscribe()` or a terminal server unsubscribe. */
  subscribe(): void;
  /** Leaves the channel (sends an unsubscribe when the server knows the subscription). */
  unsubscribe(): void;
  /** Skips a resubscribe wait. */
  retryNow(): void;
  /** Publishes to this channel. */
  publish(data: unknown): Promise<void>;
  /** Reads the channel history. */
  history(options?: HistoryOptions): Promise<HistoryResult>;
  /** Reads who is in the channel. */
  presence(): Promise<PresenceResult>;
  /** Counts who is in the channel. */
  presenceStats(): Promise<PresenceStatsResult>;
}
