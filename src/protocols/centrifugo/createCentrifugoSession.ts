import { createActor } from 'xstate';
import { createCentrifugeBackoff } from '../../machines/backoff/centrifugeBackoff.ts';
import { connectionMachine } from '../../machines/connection/connection.machine.ts';
import {
  type ConnectionStatus,
  selectConnectionStatus,
} from '../../machines/connection/connection.selectors.ts';
import { resolveWebSocket } from '../../transports/resolveWebSocket.ts';
import { Emitter } from '../shared/Emitter.ts';
import { SubscriptionTable } from '../shared/subscriptionTable.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoSession, CentrifugoSessionEvents } from './CentrifugoSession.ts';
import type { CentrifugoSessionOptions } from './CentrifugoSessionOptions.ts';
import type { CentrifugoSubscription } from './CentrifugoSubscription.ts';
import { callWhenConnected } from './callWhenConnected.ts';
import { createCalls } from './createCalls.ts';
import { createCentrifugoDriver } from './createCentrifugoDriver.ts';
import { createSubscriptionDriver } from './createSubscriptionDriver.ts';
import { createSubscriptionHandle } from './createSubscriptionHandle.ts';

const DEFAULT_TIMEOUT = 5000;
/** Shared by every `subscribe(channel)` without options (the record keeps it: no object each). */
const NO_OPTIONS: CentrifugoSubscriptionOptions = Object.freeze({});

function backoffOf(options: CentrifugoSessionOptions) {
  if (options.backoff) return options.backoff;
  if (options.minReconnectDelay === undefined && options.maxReconnectDelay === undefined) return undefined;
  return createCentrifugeBackoff({
    ...(options.minReconnectDelay === undefined ? {} : { minDelay: options.minReconnectDelay }),
    ...(options.maxReconnectDelay === undefined ? {} : { maxDelay: options.maxReconnectDelay }),
  });
}

/**
 * A Centrifugo session for browsers and Node: one connection machine, one subscription machine per
 * channel, and the protocol driver between them and the socket.
 *
 * @example
 * ```ts
 * import { WebSocket } from 'ws' // Node 20 only
 * const session = createCentrifugoSession({ url: 'ws://localhost:8000/connection/websocket', WebSocket })
 * session.on('status', (status) => console.log(status.state, status.lastCode))
 * session.subscribe('news').on('publication', (p) => console.log(p.data))
 * session.connect()
 * ```
 * @throws {TransportError} `no-websocket` when no WebSocket constructor is available.
 */
export function createCentrifugoSession(options: CentrifugoSessionOptions): CentrifugoSession {
  const WebSocket = resolveWebSocket(options.WebSocket ?? options.websocket);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const events = new Emitter<CentrifugoSessionEvents>();
  const driver = createCentrifugoDriver(options, WebSocket, {
    onMessage: (data) => events.emit('message', { data }),
    onConnected: (result) =>
      events.emit('connected', { client: result.client, version: result.version, data: result.data }),
  });
  const backoff = backoffOf(options);
  const actorOptions = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.inspect ? { inspect: options.inspect } : {}),
  };
  const actor = createActor(connectionMachine.provide({ actors: { driver: driver.connectionActor } }), {
    ...actorOptions,
    input: {
      // The driver times the socket open and the connect reply itself (after getToken), so the
      // machine's whole-attempt timer stays off.
      connectTimeout: 0,
      ...(backoff ? { backoff } : {}),
      ...(options.random ? { random: options.random } : {}),
    },
  });

  const onCommand = createSubscriptionDriver(driver);
  const table = new SubscriptionTable({ ...actorOptions, onCommand: (_, command) => onCommand(command) });
  const handles = new Map<string, CentrifugoSubscription>();

  actor.subscribe((snapshot) => {
    events.emit('status', selectConnectionStatus(snapshot));
    // Subscriptions follow the connection, after the app heard about the connection itself.
    table.setConnection(snapshot.matches('connected'));
  });
  actor.start();

  const calls = createCalls((method, body) => callWhenConnected(actor, driver, timeout, method, body));

  const subscribe = (
    channel: string,
    subOptions: CentrifugoSubscriptionOptions = NO_OPTIONS,
  ): CentrifugoSubscription => {
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
    };
    const handle = createSubscriptionHandle(channel, subOptions, deps);
    handles.set(channel, handle);
    handle.subscribe();
    return handle;
  };

  return {
    actor,
    get state() {
      return selectConnectionStatus(actor.getSnapshot()).state;
    },
    get status(): ConnectionStatus {
      return selectConnectionStatus(actor.getSnapshot());
    },
    connect: () => actor.send({ type: 'connect' }),
    disconnect: () => actor.send({ type: 'disconnect' }),
    retryNow: () => actor.send({ type: 'retryNow' }),
    setToken: (token) => driver.setToken(token),
    on: (type, listener) => events.on(type, listener),
    subscribe,
    getSubscription: (channel) => handles.get(channel),
    removeSubscription(handle) {
      handle.unsubscribe();
      const record = driver.channels.get(handle.channel);
      if (record) record.machine = undefined;
      table.remove(handle as unknown as Parameters<typeof table.remove>[0]);
      handles.delete(handle.channel);
      driver.channels.remove(handle.channel);
    },
    subscriptions: () => [...handles.values()],
    ...calls,
    send: (data) => driver.post({ send: { data } }),
    stop() {
      table.stop();
      actor.stop();
    },
  };
}
