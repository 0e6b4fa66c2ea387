import {
  type Actor,
  type ActorOptions,
  type AnyActorLogic,
  type AnyActorScope,
  createActor,
  type EventObject,
  type SnapshotFrom,
  setup,
  stopChild,
} from 'xstate';
import { leanSubscriptionMachine } from '../../machines/subscription/subscription.machine.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionEvent,
  SubscriptionInput,
} from '../../machines/subscription/subscription.types.ts';
import { defaultTimers, type TimerClock } from './timerClock.ts';

/** One subscription's actor: the lean subscription machine (commands are emitted, no driver child). */
export type SubscriptionActor = Actor<typeof leanSubscriptionMachine>;
/** A snapshot of the lean subscription machine. */
export type SubscriptionTableSnapshot = SnapshotFrom<typeof leanSubscriptionMachine>;

/**
 * What the table keeps per subscription. The session's handle object is the cell (no extra object
 * per subscription); only the table reads or writes these fields.
 */
export interface SubscriptionCell {
  /** The machine's snapshot while no actor runs the subscription. */
  cellSnapshot: SubscriptionTableSnapshot | undefined;
  /** The actor, once somebody asked for one (inspector, `@xstate/react`); it then owns the state. */
  cellActor: SubscriptionActor | undefined;
  /** The pending delayed event (the resubscribe wait) and the `nextRetryAt` it was set for. */
  cellTimer: unknown;
  cellDue: number | null;
  /** Called with every new snapshot once somebody listens to `status`. */
  cellObserver: ((snapshot: SubscriptionTableSnapshot) => void) | undefined;
  /** Set when the subscription was removed: events are dropped. */
  cellRemoved: boolean;
}

/** Options of {@link SubscriptionTable}. */
export interface SubscriptionTableOptions<Cell extends SubscriptionCell>
  extends Pick<ActorOptions<AnyActorLogic>, 'clock' | 'inspect'> {
  /** Carries out a command the machine issued for `cell` (`driver.subscribe` / `driver.unsubscribe`). */
  onCommand: (cell: Cell, command: SubscriptionDriverCommand) => void;
}

/** The root actor of a session's subscription system (promoted actors are its children). */
const hostMachine = /* @__PURE__ */ setup({
  types: { events: {} as { type: 'subscription.stop'; actor: SubscriptionActor } },
  actions: {
    // xstate lets only an actor's parent stop it, so the host does it for the session.
    stopSubscription: /* @__PURE__ */ stopChild(({ event }) => event.actor),
  },
}).createMachine({ id: 'subscriptions', on: { 'subscription.stop': { actions: 'stopSubscription' } } });

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
 * for: commands, the resubscribe timer on the session's clock. A subscription costs its snapshot;
 * the connection's up/down reaches all of them in one loop, with no mailbox or observer per
 * subscription.
 *
 * `actor(cell)` turns one subscription into a real actor (restored from its snapshot, in the same
 * actor system) for inspectors and `@xstate/react`; from then on the actor owns its state. With an
 * `inspect` option every subscription gets its actor at once, so the inspector sees them all.
 */
export class SubscriptionTable<Cell extends SubscriptionCell> {
  readonly #host;
  readonly #scope: AnyActorScope;
  readonly #timers: TimerClock;
  readonly #onCommand: (cell: Cell, command: SubscriptionDriverCommand) => void;
  readonly #eager: boolean;
  readonly #cells = new Set<Cell>();
  #actions: ExecutableAction[] = [];
  #queue: Array<Cell | SubscriptionEvent> = [];
  #busy = false;
  #up = false;

  constructor(options: SubscriptionTableOptions<Cell>) {
    const { onCommand, ...actorOptions } = options;
    this.#host = createActor(hostMachine, actorOptions).start();
    this.#timers = defaultTimers(options.clock as TimerClock | undefined);
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
    cell.cellSnapshot = leanSubscriptionMachine.getInitialSnapshot(this.#scope, {
      ...input,
      connected: this.#up,
    });
    this.#actions.length = 0;
    this.#cells.add(cell);
    if (this.#eager) this.actor(cell);
  }

  /** Sends one event to the subscription (queued while the table is busy, as an actor's mailbox). */
  send(cell: Cell, event: SubscriptionEvent): void {
    this.#queue.push(cell, event);
    if (!this.#busy) this.#drain();
  }

  /** Tells every subscription that the connection went up or down. */
  setConnection(up: boolean): void {
    if (up === this.#up) return;
    this.#up = up;
    for (const cell of this.#cells) this.#queue.push(cell, up ? UP : DOWN);
    if (!this.#busy) this.#drain();
  }

  /** The subscription's current snapshot. */
  snapshot(cell: Cell): SubscriptionTableSnapshot {
    return cell.cellActor ? cell.cellActor.getSnapshot() : (cell.cellSnapshot as SubscriptionTableSnapshot);
  }

  /** Calls `observer` with every new snapshot of the subscription (one observer per cell). */
  observe(cell: Cell, observer: (snapshot: SubscriptionTableSnapshot) => void): void {
    cell.cellObserver = observer;
    cell.cellActor?.subscribe(observer);
  }

  /** The subscription's actor, created from its snapshot on first use (stopped if it was removed). */
  actor(cell: Cell): SubscriptionActor {
    if (cell.cellActor) return cell.cellActor;
    // A removed subscription's actor is a stopped root actor: it only shows the last state.
    const actor = createActor(leanSubscriptionMachine, {
      ...(cell.cellRemoved ? {} : { parent: this.#host }),
      snapshot: cell.cellSnapshot as SubscriptionTableSnapshot,
      input: { channel: (cell.cellSnapshot as SubscriptionTableSnapshot).context.channel },
    });
    cell.cellActor = actor;
    cell.cellSnapshot = undefined;
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

  /** One macrostep of one subscription, then what it asked for. */
  #step(cell: Cell, event: SubscriptionEvent): void {
    if (cell.cellRemoved) return;
    if (cell.cellActor) return void cell.cellActor.send(event);
    const before = cell.cellSnapshot as SubscriptionTableSnapshot;
    const after = leanSubscriptionMachine.transition(before, event, this.#scope);
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
