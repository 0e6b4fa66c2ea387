import { topState } from '../../machines/shared/topState.ts';
import {
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from '../../machines/subscription/subscription.selectors.ts';
import type {
  SubscriptionEvent,
  SubscriptionInput,
  SubscriptionState,
} from '../../machines/subscription/subscription.types.ts';
import { Emitter } from './Emitter.ts';
import type {
  SubscriptionActor,
  SubscriptionCell,
  SubscriptionTable,
  SubscriptionTableSnapshot,
} from './subscriptionTable.ts';

/**
 * What the Centrifugo and NATS subscription handles share. The handle is its subscription's cell in
 * the session's {@link SubscriptionTable}: `state` and `status` read the machine snapshot kept
 * there, the `status` event is wired only once somebody listens, and `actor` makes a real actor on
 * first use. A class, so a session's thousands of handles share their methods through the prototype.
 */
export abstract class SubscriptionHandleBase<Events extends { status: SubscriptionStatus }>
  implements SubscriptionCell
{
  cellSnapshot: SubscriptionTableSnapshot | undefined = undefined;
  cellActor: SubscriptionActor | undefined = undefined;
  cellTimer: unknown = undefined;
  cellDue: number | null = null;
  cellObserver: ((snapshot: SubscriptionTableSnapshot) => void) | undefined = undefined;
  cellRemoved = false;
  cellEpoch = 0;
  /** The app's listeners. */
  protected readonly events: Emitter<Events>;
  /** The session's subscription table. */
  protected readonly table: SubscriptionTable<SubscriptionHandleBase<Events>>;

  /** `events` may be shared with the protocol's driver, which emits the server's events to it. */
  constructor(
    // biome-ignore lint/suspicious/noExplicitAny: handles of every protocol live in their session's table
    table: SubscriptionTable<any>,
    input: Omit<SubscriptionInput, 'connected'>,
    events: Emitter<Events> = new Emitter(),
  ) {
    this.table = table;
    this.events = events;
    table.add(this, input);
  }

  /**
   * The subscription's actor, for inspectors and `@xstate/react`. Made from the current state on
   * first use; it belongs to the session's subscription system, which stops it.
   */
  get actor(): SubscriptionActor {
    return this.table.actor(this);
  }

  /** `unsubscribed` | `subscribing` | `subscribed`. */
  get state(): SubscriptionState {
    // Read often (every render, every poll): the top-level name only, without building a status.
    return topState<SubscriptionState>(this.table.snapshot(this).value);
  }

  /** The UI model: state, phase, attempt, next retry, last code and reason. */
  get status(): SubscriptionStatus {
    return selectSubscriptionStatus(this.table.snapshot(this));
  }

  /** The machine's snapshot (for the protocol's driver). */
  getSnapshot(): SubscriptionTableSnapshot {
    return this.table.snapshot(this);
  }

  /** Whether the machine waits to subscribe (for the protocol's driver; see `SubscriptionTable`). */
  wantsSubscribe(): boolean {
    return this.table.wantsSubscribe(this);
  }

  /** Sends an event to the subscription machine (for the protocol's driver). */
  send(event: SubscriptionEvent): void {
    this.table.send(this, event);
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void {
    if (type === 'status' && this.cellObserver === undefined) this.observeStatus();
    return this.events.on(type, listener);
  }

  /** Adds a listener for the next event of `type` only; returns the function that removes it. */
  once<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void {
    if (type === 'status' && this.cellObserver === undefined) this.observeStatus();
    return this.events.once(type, listener);
  }

  /** Removes a listener added with `on` or `once`. */
  off<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): void {
    this.events.off(type, listener);
  }

  /** Emits `status` on every snapshot; a protocol may emit less often. */
  protected observeStatus(): void {
    this.table.observe(this, (snapshot) => this.events.emit('status', selectSubscriptionStatus(snapshot)));
  }
}
