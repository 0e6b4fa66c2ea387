import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionState } from '../../machines/subscription/subscription.types.ts';
import type { SubscriptionActor } from './subscriptionTable.ts';

/** The shape every session's subscription handle shares (DESIGN.md, "Sessions"). */
export interface SessionSubscription<Events extends { status: SubscriptionStatus }> {
  /** `unsubscribed` | `subscribing` | `subscribed`. */
  readonly state: SubscriptionState;
  /** The UI model: state, phase, attempt, next retry, last code and reason, the rule behind them. */
  readonly status: SubscriptionStatus;
  /**
   * The subscription's XState actor, for inspectors and `@xstate/react`. It belongs to the
   * session's subscription system, which stops it: don't call `actor.stop()`.
   */
  readonly actor: SubscriptionActor;
  /** Listens to one event type (`status` carries the UI model); returns the function that stops. */
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  /** Listens to the next event of one type only; returns the function that stops before it came. */
  once<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  /** Removes a listener added with `on` or `once`. */
  off<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): void;
  /** Leaves the subscription. */
  unsubscribe(): void;
}
