import { type Actor, type ActorOptions, type AnyActorLogic, createActor } from 'xstate';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import {
  type ConnectionStatus,
  selectConnectionStatus,
} from '../../machines/connection/connection.selectors.ts';
import type { ConnectionInput } from '../../machines/connection/connection.types.ts';
import {
  type ConnectionDriverLogic,
  createConnectionMachine,
} from '../../machines/connection/createConnectionMachine.ts';
import { Emitter } from './Emitter.ts';
import type { Session } from './Session.ts';
import { type SessionClock, type SessionTimers, sessionTimers } from './sessionTimers.ts';
import { type ConnectedWait, type WhenConnectedOptions, whenConnected } from './whenConnected.ts';

/** The options every session takes for its actors. */
export interface SessionActorOptions {
  /** xstate clock (e.g. `SimulatedClock`): drives the machines' timers and every driver timer. */
  clock?: SessionClock | undefined;
  /** xstate inspector, e.g. from `@statelyai/inspect`. */
  inspect?: ActorOptions<AnyActorLogic>['inspect'] | undefined;
  /** Reconnect backoff policy (absent: the protocol's `input.backoff`, else the machine's default). */
  backoff?: BackoffPolicy | undefined;
  /** Uniform random source in [0, 1) for the backoff (absent: `Math.random`). */
  random?: (() => number) | undefined;
}

/** What a protocol plugs into {@link createSessionCore}. */
export interface SessionCoreConfig<Status extends ConnectionStatus> extends SessionActorOptions {
  /** The protocol's connection driver (it follows src/machines/driver/driver.types.ts). */
  driver: ConnectionDriverLogic;
  /** Connection machine input (timeouts, seeds, a protocol's default backoff ...). */
  input: ConnectionInput;
  /** Adds protocol facts to the status (default: the connection status as is). */
  status?: (base: ConnectionStatus) => Status;
  /** Whether a snapshot's status is worth a `status` event (default: every snapshot). */
  emitStatusWhen?: (previous: ConnectionStatus | undefined, next: ConnectionStatus) => boolean;
  /** The connection went up or down, called after the `status` event: tell the subscriptions. */
  onConnectionChange?: (up: boolean) => void;
  /** Runs before `connect` is sent (NATS refills an emptied server pool). */
  beforeConnect?: () => void;
  /** Runs before the connection actor stops (stop subscriptions, fail pending calls). */
  beforeStop?: () => void;
  /**
   * The protocol's typed error for a call made after `stop()` (`operation` names the call, e.g.
   * `publish`). Default: a plain `Error` that says the same.
   */
  stoppedError?: (operation: string) => Error;
}

/** The session shape plus what the protocol's own code needs. */
export interface SessionCore<Status extends ConnectionStatus, Events extends { status: Status }>
  extends Session<Status, Events> {
  /** The connection actor (an `Actor`, so it can be started, stopped and inspected). */
  readonly actor: Actor<typeof connectionMachine>;
  /** The session's event emitter (protocols emit their own events on it). */
  readonly events: Emitter<Events>;
  /** Timers on the session's clock. */
  readonly timers: SessionTimers;
  /** Whether the connection is `connected`, as last told to `onConnectionChange`. */
  readonly up: boolean;
  /** True once `stop()` ran: the session is `closed` for good. */
  readonly stopped: boolean;
  /** Throws the protocol's stopped error when `stop()` ran (every call checks it first). */
  assertLive(operation: string): void;
  /** Emits `status` now (protocol facts changed without a machine step). */
  emitStatus(): void;
  /** Waits for the connection (see `whenConnected`). */
  whenConnected(options?: Omit<WhenConnectedOptions, 'timers'>): Promise<ConnectedWait>;
  /** One object with the session's members and `extra`'s (getters stay getters). */
  extend<Extra extends object>(extra: Extra): Session<Status, Events> & Extra;
}

/**
 * The status after `stop()`: `closed` and terminal for good, nothing to retry. `rule: 'stopped'`
 * tells it from a server's close.
 */
function stoppedStatus(base: ConnectionStatus): ConnectionStatus {
  return {
    ...base,
    state: 'closed',
    phase: null,
    nextRetryAt: null,
    terminal: true,
    canRetryNow: false,
    redirectTarget: null,
    rule: 'stopped',
    lastReason: 'session stopped',
  };
}

/**
 * The session core every protocol shares: the connection actor (options → machine input, clock,
 * inspector), the `status` event, `connect`/`disconnect`/`retryNow`/`stop`, waiting until
 * connected, and one `onConnectionChange(up)` call per edge for the session's subscriptions.
 * After `stop()` the state is `closed` for good, `connect()` throws the protocol's stopped error,
 * `disconnect()`/`retryNow()`/`stop()` do nothing, and one last `status` event says `closed`.
 */
export function createSessionCore<Status extends ConnectionStatus, Events extends { status: Status }>(
  config: SessionCoreConfig<Status>,
): SessionCore<Status, Events> {
  const events = new Emitter<Events>();
  const timers = sessionTimers(config.clock);
  // Options the app left out stay out, so the machine's defaults apply.
  const input: ConnectionInput = {
    ...config.input,
    ...(config.backoff ? { backoff: config.backoff } : {}),
    ...(config.random ? { random: config.random } : {}),
  };
  const actor = createActor(createConnectionMachine({ driver: config.driver }), {
    input,
    ...(config.clock ? { clock: config.clock } : {}),
    ...(config.inspect ? { inspect: config.inspect } : {}),
  });
  let stopped = false;
  const statusOf = (machine: ConnectionStatus): Status => {
    const base = stopped ? stoppedStatus(machine) : machine;
    return config.status ? config.status(base) : (base as Status);
  };
  const assertLive = (operation: string) => {
    if (stopped)
      throw (
        config.stoppedError?.(operation) ??
        new Error(`${operation} failed: the session was stopped; create a new one.`)
      );
  };
  const currentStatus = () => statusOf(selectConnectionStatus(actor.getSnapshot()));
  let up = false;
  let last: ConnectionStatus | undefined;
  actor.subscribe((snapshot) => {
    const base = selectConnectionStatus(snapshot);
    if (!config.emitStatusWhen || config.emitStatusWhen(last, base)) events.emit('status', statusOf(base));
    last = base;
    // Subscriptions follow the connection, after the app heard about the connection itself.
    const nowUp = base.state === 'connected';
    if (nowUp === up) return;
    up = nowUp;
    config.onConnectionChange?.(up);
  });
  actor.start();

  const session: Session<Status, Events> = {
    actor,
    get state() {
      return stopped ? 'closed' : selectConnectionStatus(actor.getSnapshot()).state;
    },
    get status() {
      return currentStatus();
    },
    connect() {
      assertLive('connect');
      config.beforeConnect?.();
      actor.send({ type: 'connect' });
    },
    // After stop() these have nothing left to act on (the actor is stopped).
    disconnect: () => void (stopped || actor.send({ type: 'disconnect' })),
    retryNow: () => void (stopped || actor.send({ type: 'retryNow' })),
    on: (type, listener) => events.on(type, listener),
    once: (type, listener) => events.once(type, listener),
    off: (type, listener) => events.off(type, listener),
    stop() {
      if (stopped) return;
      config.beforeStop?.();
      stopped = true;
      // Stopping the connection actor stops its driver, which releases the socket.
      actor.stop();
      // The subscriptions were stopped by beforeStop; they need no `down` edge.
      up = false;
      events.emit('status', currentStatus());
    },
  };
  const extend = <Extra extends object>(extra: Extra) =>
    Object.defineProperties(
      {},
      { ...Object.getOwnPropertyDescriptors(session), ...Object.getOwnPropertyDescriptors(extra) },
    ) as Session<Status, Events> & Extra;
  return extend({
    actor,
    events,
    timers,
    get up() {
      return up;
    },
    get stopped() {
      return stopped;
    },
    assertLive,
    emitStatus: () => events.emit('status', currentStatus()),
    whenConnected: (options: Omit<WhenConnectedOptions, 'timers'> = {}) =>
      whenConnected(actor, { ...options, timers }),
    extend,
  });
}
