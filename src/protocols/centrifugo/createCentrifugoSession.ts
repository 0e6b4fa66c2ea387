import { timeoutOption } from '../../machines/shared/delays.ts';
import { createSessionCore, type SessionCore } from '../shared/createSessionCore.ts';
import { type SubscriptionCell, SubscriptionTable } from '../shared/subscriptionTable.ts';
import { type CentrifugoCallError, sessionStoppedError } from './CentrifugoCallError.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoSession, CentrifugoSessionEvents } from './CentrifugoSession.ts';
import type { CentrifugoSessionOptions } from './CentrifugoSessionOptions.ts';
import type { CentrifugoStatus } from './CentrifugoStatus.ts';
import type { CentrifugoSubscription } from './CentrifugoSubscription.ts';
import { callWhenConnected } from './callWhenConnected.ts';
import { createCalls } from './createCalls.ts';
import { createCentrifugoDriver } from './createCentrifugoDriver.ts';
import { createSubscriptionDriver } from './createSubscriptionDriver.ts';
import { createSubscriptionHandle } from './createSubscriptionHandle.ts';
import { inspectWithDebug, reconnectBackoffOf, transportPlanOf } from './sessionOptionParts.ts';
import { sessionReady } from './sessionReady.ts';

const DEFAULT_TIMEOUT = 5000;
/** Shared by every `subscribe(channel)` without options (the record keeps it: no object each). */
const NO_OPTIONS: CentrifugoSubscriptionOptions = Object.freeze({});

/**
 * A Centrifugo session for browsers and Node: the shared session core (one connection machine), one
 * subscription machine per channel, and the protocol driver between them and the socket.
 *
 * @example
 * ```ts
 * import { WebSocket } from 'ws' // Node 20 only
 * const session = createCentrifugoSession({ url: 'ws://localhost:8000/connection/websocket', WebSocket })
 * session.on('status', (status) => console.log(status.state, status.lastCode))
 * session.subscribe('news').on('publication', (p) => console.log(p.data))
 * session.connect()
 * ```
 * @throws {TransportError} `no-websocket` when no WebSocket constructor is available (a `url`
 *   without `transports`), `no-transport` when no transport of the list can run here,
 *   `unknown-transport` for a list entry that is not an imported transport.
 */
export function createCentrifugoSession(options: CentrifugoSessionOptions): CentrifugoSession {
  const transports = transportPlanOf(options);
  const timeout = timeoutOption(options.timeout, DEFAULT_TIMEOUT); // 0, Infinity: wait without limit
  const handles = new Map<string, CentrifugoSubscription>();
  const driver = createCentrifugoDriver(options, transports, {
    onMessage: (data) => core.events.emit('message', { data }),
    onConnected: (result) =>
      core.events.emit('connected', {
        client: result.client,
        version: result.version,
        data: result.data,
        transport: transports.current().kind.name,
      }),
    // Lazy: the core is made below. Server-side subscriptions emit at session level (spec §1).
    serverEvents: {
      emit: (type, event) => core.events.emit(type, event as CentrifugoSessionEvents[typeof type]),
    },
  });
  const backoff = reconnectBackoffOf(options);
  const inspect = inspectWithDebug(options);
  const onCommand = createSubscriptionDriver(driver);
  const table = new SubscriptionTable<SubscriptionCell>({
    ...(options.clock ? { clock: options.clock } : {}),
    ...(inspect ? { inspect } : {}),
    onCommand: (_, command) => onCommand(command),
  });
  const core: SessionCore<CentrifugoStatus, CentrifugoSessionEvents> = createSessionCore({
    driver: driver.connectionActor,
    input: {
      // The driver times the socket open and the connect reply itself (after getToken), so the
      // machine's whole-attempt timer stays off.
      connectTimeout: 0,
    },
    backoff,
    status: (base) => ({
      ...base,
      transport: transports.current().kind.name,
      transportFallback: transports.fallback,
    }),
    random: options.random,
    clock: options.clock,
    inspect,
    // One loop in the table, not an event per subscription (see SubscriptionTable).
    onConnectionChange: (up) => table.setConnection(up),
    beforeStop: () => table.stop(),
    stoppedError: sessionStoppedError,
  });

  /** What a handle's `ready(timeout)` needs: the clock, and a way to hear of `stop()`. */
  const ready = {
    timers: core.timers,
    stopped: () => core.stopped,
    onStop: (listener: () => void) => core.events.on('status', () => core.stopped && listener()),
  };

  const calls = createCalls(async (method, body) => {
    core.assertLive(method);
    try {
      return await callWhenConnected(core.whenConnected, driver, timeout, method, body);
    } catch (error) {
      // A call still waiting when stop() ran: say so, rather than "connection closed".
      if (core.stopped && (error as CentrifugoCallError).origin !== 'server')
        throw sessionStoppedError(method);
      throw error;
    }
  });

  const subscribe = (
    channel: string,
    subOptions: CentrifugoSubscriptionOptions = NO_OPTIONS,
  ): CentrifugoSubscription => {
    core.assertLive('subscribe');
    const existing = handles.get(channel);
    if (existing) {
      existing.subscribe();
      return existing;
    }
    const deps = {
      table,
      channels: driver.channels,
      calls,
      backoff,
      random: options.random,
      ready,
      fossilDelta: options.fossilDelta,
    };
    const handle = createSubscriptionHandle(channel, subOptions, deps);
    handles.set(channel, handle);
    handle.subscribe();
    return handle;
  };

  return core.extend({
    setToken: (token: string) => driver.setToken(token),
    setData: (data: unknown) => driver.setData(data),
    setHeaders: (headers: Record<string, string>) => driver.setHeaders(headers),
    startBatching: () => driver.setBatching(true),
    stopBatching: () => driver.setBatching(false),
    ready: (readyTimeout?: number) => sessionReady(core, readyTimeout),
    subscribe,
    getSubscription: (channel: string) => handles.get(channel),
    removeSubscription(handle: CentrifugoSubscription) {
      handle.unsubscribe();
      const record = driver.channels.get(handle.channel);
      if (record) record.machine = undefined;
      // The handle is its subscription's cell (the public type does not show the cell's fields).
      table.remove(handle as unknown as SubscriptionCell);
      handles.delete(handle.channel);
      driver.channels.remove(handle.channel);
    },
    subscriptions: () => [...handles.values()],
    ...calls,
    send(data: unknown) {
      core.assertLive('send');
      return driver.post({ send: { data } });
    },
  });
}
