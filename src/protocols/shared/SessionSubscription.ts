import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionState } from '../../machines/subscription/subscription.types.ts';
import type { EventListeners } from './EventListeners.ts';
import type { SubscriptionActor } from './subscriptionTable.ts';

/**
 * The shape every session's subscription handle shares (DESIGN.md, "Sessions"); its `status` event
 * carries the UI model.
 */
export interface SessionSubscription<Events extends { status: SubscriptionStatus }>
  extends EventListeners<Events> {
  /** `unsubscribed` | `subscribing` | `subscribed`. */
  readonly state: SubscriptionState;
  /** The UI model: state, phase, attempt, next retry, last code and reason, the rule behind them. */
  readonly status: SubscriptionStatus;
  /**
   * The subscription's XState actor, for inspectors and `@xstate/react`. It belongs to the
   * session's subscription system, which stops it: don't call `actor.stop()`.
   */
  readonly actor: SubscriptionActor;
  /** Leaves the subscription. */
  unsubscribe(): void;
}
