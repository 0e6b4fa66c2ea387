import {
  type ActorOptions,
  type AnyActorLogic,
  type AnyActorScope,
  createActor,
  type EventObject,
} from 'xstate';
import {
  type LeanSubscriptionMachine,
  leanSubscriptionChart,
} from '../../machines/subscription/subscription.machine.ts';
import { subscriptionContext } from '../../machines/subscription/subscription.setup.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionEvent,
  SubscriptionInput,
} from '../../machines/subscription/subscription.types.ts';
import { type SessionTimers, sessionTimers } from './sessionTimers.ts';
import type { SubscriptionActor, SubscriptionCell, SubscriptionTableSnapshot } from './subscriptionCell.ts';
import { subscriptionHostMachine } from './subscriptionHostMachine.ts';

export type { SubscriptionActor, SubscriptionCell, SubscriptionTableSnapshot } from './subscriptionCell.ts';
export { newSubscriptionCell } from './subscriptionCell.ts';

/** Options of {@link SubscriptionTable}. */
export interface SubscriptionTableOptions<Cell extends SubscriptionCell>
  extends Pick<ActorOptions<AnyActorLogic>, 'clock' | 'inspect'> {
  /** Carries out a command the machine issued for `cell` (`driver.subscribe` / `driver.unsubscribe`). */
  onCommand: (cell: Cell, command: SubscriptionDriverCommand) => void;
}

const UP: SubscriptionEvent = { type: 'connection.up' };
const DOWN: SubscriptionEvent = { type: 'connection.down' };

/** An action the machine hands the executor: emits (commands), delayed raises (timers), cancels. */
interface ExecutableAction {
  type: string;
  params: { event?: EventObject; delay?: number; id?: string; sendId?: string };
}

/**
 * Runs every subscription of one session on the one subscription machine, as snapshots in a table
 * instead of one actor each: the machine's own `transition` computes each step (so the chart stays
 * the single definition of subscription behaviour), and the table carries out what the step asks
 * for: commands, the resubscribe timer on the session's clock. A subscription costs its snapshot.
 *
 * The connection's edges reach the subscriptions in one loop, with no mailbox or observer each, and
 * a drop reaches only those somebody watches (a `status` observer or an actor): the others learn
 * of it when they are next read or sent to, or with the way back, as one `connection.up` that the
 * chart reads as "dropped and back" (see `reconnected` in the subscription machine).
 *
 * `actor(cell)` turns one subscription into a real actor (restored from its snapshot, in the same
 * actor system) for inspectors and `@xstate/react`; from then on the actor owns its state. With an
 * `inspect` option every subscription gets its actor at once, so the inspector sees them all.
 */
export class SubscriptionTable<Cell extends SubscriptionCell> {
  readonly #host;
  readonly #scope: AnyActorScope;
  readonly #timers: SessionTimers;
  readonly #onCommand: (cell: Cell, command: SubscriptionDriverCommand) => void;
  readonly #eager: boolean;
  readonly #cells = new Set<Cell>();
  /** Cells with an observer or an actor: they hear of a drop at once. */
  readonly #watched = new Set<Cell>();
  #initial: SubscriptionTableSnapshot | undefined;
  /** The chart, taken at the first {@link add} (sessions that never subscribe never build it). */
  #chart: LeanSubscriptionMachine | undefined;
  #actions: ExecutableAction[] = [];
  #queue: Array<Cell | SubscriptionEvent> = [];
  #busy = false;
  #up = false;
  /** Counts drops; a cell whose `cellEpoch` is behind has not heard of the last one. */
  #epoch = 0;

  constructor(options: SubscriptionTableOptions<Cell>) {
    const { onCommand, ...actorOptions } = options;
    this.#host = createActor(subscriptionHostMachine, actorOptions).start();
    this.#timers = sessionTimers(options.clock);
    this.#onCommand = onCommand;
    this.#eager = options.inspect !== undefined;
    this.#scope = {
      self: this.#host,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      stopChild: () => {},
      emit: () => {},
      system: this.#host.system,
      actionExecutor: (action: unknown) => void this.#actions.push(action as ExecutableAction),
    } as unknown as AnyActorScope;
  }

  /** Whether the connection is up (as last told by {@link setConnection}). */
  get connected(): boolean {
    return this.#up;
  }

  /** Starts `cell` on the machine's initial state (`unsubscribed`). */
  add(cell: Cell, input: Omit<SubscriptionInput, 'connected'>): void {
    const full = { ...input, connected: this.#up };
    this.#chart ??= leanSubscriptionChart();
    const chart = this.#chart;
    // The initial state has no entry actions, so after the first cell the initial snapshot is the
    // initial state with this input's context: a third of the cost of a full initial transition.
    if (this.#initial === undefined) {
      this.#initial = chart.getInitialSnapshot(this.#scope, full);
      cell.cellSnapshot = this.#initial;
    } else {
      const context = subscriptionContext(full, false);
      cell.cellSnapshot = chart.resolveState({ value: this.#initial.value, context });
    }
    cell.cellEpoch = this.#epoch;
    this.#actions.length = 0;
    this.#cells.add(cell);
    if (this.#eager) this.actor(cell);
  }

  /** Sends one event to the subscription (queued while the table is busy, as an actor's mailbox). */
  send(cell: Cell, event: SubscriptionEvent): void {
    this.#queue.push(cell, event);
    if (!this.#busy) this.#drain();
  }

  /**
   * Tells the subscriptions that the connection went up or down. Up reaches every subscription
   * (each may have a subscribe to send); down only the watched ones, at once.
   */
  setConnection(up: boolean): void {
    if (up === this.#up) return;
    this.#up = up;
    if (up) {
      for (const cell of this.#cells) {
        cell.cellEpoch = this.#epoch;
        this.#queue.push(cell, UP);
      }
    } else {
      this.#epoch++;
      for (const cell of this.#watched) {
        cell.cellEpoch = this.#epoch;
        this.#queue.push(cell, DOWN);
      }
    }
    if (!this.#busy) this.#drain();
  }

  /** The subscription's current snapshot. */
  snapshot(cell: Cell): SubscriptionTableSnapshot {
    if (cell.cellActor) return cell.cellActor.getSnapshot();
    if (cell.cellEpoch !== this.#epoch) this.#catchUp(cell);
    return cell.cellSnapshot as SubscriptionTableSnapshot;
  }

  /**
   * Whether the subscription waits to subscribe (`subscribing.waiting` or `.requesting`), counting
   * a drop it has not heard of yet, without stepping it: the chart moves `subscribed` and
   * `requesting` to `waiting` on a drop. The Centrifugo driver asks this for every subscription
   * when a socket opens, to send their subscribes with the connect; stepping 10,000 subscriptions
   * there would cost the drop's transitions the table saves.
   */
  wantsSubscribe(cell: Cell): boolean {
    const snapshot = cell.cellActor
      ? cell.cellActor.getSnapshot()
      : (cell.cellSnapshot as SubscriptionTableSnapshot);
    const value = snapshot.value;
    if (typeof value === 'object' && 'subscribing' in value) return value.subscribing !== 'backoff';
    const unheardDrop =
      !cell.cellActor && cell.cellEpoch !== this.#epoch && !this.#up && snapshot.context.connectionUp;
    return unheardDrop && value === 'subscribed';
  }

  /** Calls `observer` with every new snapshot of the subscription (one observer per cell). */
  observe(cell: Cell, observer: (snapshot: SubscriptionTableSnapshot) => void): void {
    this.snapshot(cell);
    cell.cellObserver = observer;
    this.#watched.add(cell);
    cell.cellActor?.subscribe(observer);
  }

  /** The subscription's actor, created from its snapshot on first use (stopped if it was removed). */
  actor(cell: Cell): SubscriptionActor {
    if (cell.cellActor) return cell.cellActor;
    this.snapshot(cell);
    // A removed subscription's actor is a stopped root actor: it only shows the last state.
    const actor = createActor(leanSubscriptionChart(), {
      ...(cell.cellRemoved ? {} : { parent: this.#host }),
      snapshot: cell.cellSnapshot as SubscriptionTableSnapshot,
      input: { channel: (cell.cellSnapshot as SubscriptionTableSnapshot).context.channel },
    });
    cell.cellActor = actor;
    cell.cellSnapshot = undefined;
    if (!cell.cellRemoved) this.#watched.add(cell);
    actor.on('*', (command) => this.#onCommand(cell, command));
    if (cell.cellObserver) actor.subscribe(cell.cellObserver);
    actor.start();
    if (cell.cellRemoved) actor.stop();
    return actor;
  }

  /** Removes the subscription: its timer is cancelled and later events are dropped. */
  remove(cell: Cell): void {
    if (cell.cellRemoved) return;
    cell.cellRemoved = true;
    this.#cells.delete(cell);
    this.#watched.delete(cell);
    this.#cancel(cell);
    if (cell.cellActor) this.#host.send({ type: 'subscription.stop', actor: cell.cellActor });
  }

  /** Removes every subscription and stops the subscription system. */
  stop(): void {
    for (const cell of [...this.#cells]) this.remove(cell);
    this.#queue.length = 0;
    this.#host.stop();
  }

  #drain(): void {
    this.#busy = true;
    try {
      const queue = this.#queue;
      for (let i = 0; i < queue.length; i += 2)
        this.#step(queue[i] as Cell, queue[i + 1] as SubscriptionEvent);
    } finally {
      this.#queue = [];
      this.#busy = false;
    }
  }

  /** A cell that missed the last drop while the connection is still down hears of it now. */
  #catchUp(cell: Cell): void {
    cell.cellEpoch = this.#epoch;
    if (!this.#up && cell.cellSnapshot?.context.connectionUp) this.#step(cell, DOWN);
  }

  /** One macrostep of one subscription, then what it asked for. */
  #step(cell: Cell, event: SubscriptionEvent): void {
    if (cell.cellRemoved) return;
    if (cell.cellActor) return void cell.cellActor.send(event);
    if (cell.cellEpoch !== this.#epoch) this.#catchUp(cell);
    const before = cell.cellSnapshot as SubscriptionTableSnapshot;
    // Set: a cell exists only after add().
    const after = (this.#chart as LeanSubscriptionMachine).transition(before, event, this.#scope);
    cell.cellSnapshot = after;
    if (this.#actions.length > 0) {
      const actions = this.#actions;
      this.#actions = [];
      for (const action of actions) this.#execute(cell, action);
    }
    if (after !== before) cell.cellObserver?.(after);
  }

  #execute(cell: Cell, action: ExecutableAction): void {
    const { event, delay } = action.params;
    if (action.type === 'xstate.emit' && event) this.#onCommand(cell, event as SubscriptionDriverCommand);
    else if (action.type === 'xstate.raise' && event && typeof delay === 'number')
      this.#schedule(cell, event, delay);
    else if (action.type === 'xstate.cancel') this.#cancel(cell);
  }

  /** The machine's one delayed event (the end of the resubscribe wait), on the session's clock. */
  #schedule(cell: Cell, event: EventObject, delay: number): void {
    this.#cancel(cell);
    const due = this.snapshot(cell).context.nextRetryAt;
    cell.cellDue = due;
    cell.cellTimer = this.#timers.setTimeout(() => {
      cell.cellTimer = undefined;
      // An actor made in the meantime schedules its own later waits: deliver only this one.
      if (cell.cellActor && this.snapshot(cell).context.nextRetryAt !== due) return;
      this.send(cell, event as SubscriptionEvent);
    }, delay);
  }

  #cancel(cell: Cell): void {
    if (cell.cellTimer === undefined) return;
    this.#timers.clearTimeout(cell.cellTimer);
    cell.cellTimer = undefined;
  }
}
