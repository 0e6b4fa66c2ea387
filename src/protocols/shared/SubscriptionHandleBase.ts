import {
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionState } from '../../machines/subscription/subscription.types.ts';
import type { SubscriptionActor } from './createSubscriptionHost.ts';
import { Emitter } from './Emitter.ts';

/**
 * What the Centrifugo and NATS subscription handles share: the actor, `state` and `status` read
 * from it, and `on` with the `status` event wired to the actor only once somebody listens (an
 * observer per subscription is memory most apps never use). A class, so a session's thousands of
 * handles share their methods through the prototype.
 */
export abstract class SubscriptionHandleBase<Events extends { status: SubscriptionStatus }> {
  /** The subscription's actor, for inspectors and `@xstate/react` (stopped by the session). */
  readonly actor: SubscriptionActor;
  /** The app's listeners. */
  protected readonly events: Emitter<Events>;
  #observed = false;

  /** `events` may be shared with the protocol's driver, which emits the server's events to it. */
  constructor(actor: SubscriptionActor, events: Emitter<Events> = new Emitter()) {
    this.actor = actor;
    this.events = events;
  }

  /** `unsubscribed` | `subscribing` | `subscribed`. */
  get state(): SubscriptionState {
    return selectSubscriptionStatus(this.actor.getSnapshot()).state;
  }

  /** The UI model: state, phase, attempt, next retry, last code and reason. */
  get status(): SubscriptionStatus {
    return selectSubscriptionStatus(this.actor.getSnapshot());
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void {
    if (type === 'status' && !this.#observed) {
      this.#observed = true;
      this.observeStatus();
    }
    return this.events.on(type, listener);
  }

  /** Emits `status` on every snapshot; a protocol may emit less often. */
  protected observeStatus(): void {
    this.actor.subscribe((snapshot) => this.events.emit('status', selectSubscriptionStatus(snapshot)));
  }
}
