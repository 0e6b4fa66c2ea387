import { createActor, fromCallback } from 'xstate';
import type { HistoryResult, PresenceResult, PresenceStatsResult } from '../../frames/centrifugo/index.ts';
import { createCentrifugeBackoff } from '../../machines/backoff/centrifugeBackoff.ts';
import { connectionMachine } from '../../machines/connection/connection.machine.ts';
import {
  type ConnectionStatus,
  selectConnectionStatus,
} from '../../machines/connection/connection.selectors.ts';
import { subscriptionMachine } from '../../machines/subscription/subscription.machine.ts';
import { selectSubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import { resolveWebSocket } from '../../transports/resolveWebSocket.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoSession, CentrifugoSessionEvents } from './CentrifugoSession.ts';
import type { CentrifugoSessionOptions } from './CentrifugoSessionOptions.ts';
import type {
  CentrifugoSubscription,
  CentrifugoSubscriptionEvents,
  HistoryOptions,
} from './CentrifugoSubscription.ts';
import { callWhenConnected } from './callWhenConnected.ts';
import { createCentrifugoDriver } from './createCentrifugoDriver.ts';
import { createEmitter } from './createEmitter.ts';
import { createSubscriptionRecord } from './SubscriptionRecord.ts';
import { subscribeChannel, unsubscribeChannel } from './subscribeChannel.ts';

const DEFAULT_TIMEOUT = 5000;

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
 * session.on('state', (status) => console.log(status.state, status.lastCode))
 * session.subscribe('news').on('publication', (p) => console.log(p.data))
 * session.connect()
 * ```
 * @throws {TransportError} `no-websocket` when no WebSocket constructor is available.
 */
export function createCentrifugoSession(options: CentrifugoSessionOptions): CentrifugoSession {
  const WebSocket = resolveWebSocket(options.WebSocket ?? options.websocket);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const events = createEmitter<CentrifugoSessionEvents>();
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
      connectTimeout: timeout,
      ...(backoff ? { backoff } : {}),
      ...(options.random ? { random: options.random } : {}),
    },
  });

  const subDriver = fromCallback<SubscriptionDriverCommand, { channel: string }>(
    ({ input, sendBack, receive }) => {
      const record = driver.channels.get(input.channel);
      if (!record) return;
      record.toMachine = sendBack;
      receive((command) => {
        if (command.type === 'driver.subscribe')
          void subscribeChannel(driver.context, record, command.freshCredentials);
        else unsubscribeChannel(driver.context, record);
      });
      return () => {
        if (record.toMachine === sendBack) record.toMachine = undefined;
      };
    },
  );
  const subMachine = subscriptionMachine.provide({ actors: { driver: subDriver } });
  const handles = new Map<string, CentrifugoSubscription>();
  let up = false;

  actor.subscribe((snapshot) => {
    events.emit('state', selectConnectionStatus(snapshot));
    // Subscriptions follow the connection, after the app heard about the connection itself.
    const nowUp = snapshot.matches('connected');
    if (nowUp !== up) {
      up = nowUp;
      for (const handle of handles.values())
        handle.actor.send({ type: up ? 'connection.up' : 'connection.down' });
    }
  });
  actor.start();

  const call = (method: string, body: Record<string, unknown>) =>
    callWhenConnected(actor, driver, timeout, method, body);

  const subscribe = (
    channel: string,
    subOptions: CentrifugoSubscriptionOptions = {},
  ): CentrifugoSubscription => {
    const existing = handles.get(channel);
    if (existing) {
      existing.subscribe();
      return existing;
    }
    const emitter = createEmitter<CentrifugoSubscriptionEvents>();
    const record = createSubscriptionRecord(channel, subOptions, emitter.emit);
    driver.channels.add(record);
    const subActor = createActor(subMachine, {
      ...actorOptions,
      input: {
        channel,
        connected: up,
        ...(subOptions.since ? { position: subOptions.since } : {}),
        ...(backoff ? { backoff } : {}),
        ...(options.random ? { random: options.random } : {}),
      },
    });
    record.wantsSubscribe = () => {
      const snapshot = subActor.getSnapshot();
      return snapshot.matches({ subscribing: 'waiting' }) || snapshot.matches({ subscribing: 'requesting' });
    };
    subActor.subscribe((snapshot) => emitter.emit('state', selectSubscriptionStatus(snapshot)));
    subActor.start();
    const handle: CentrifugoSubscription = {
      channel,
      get state() {
        return selectSubscriptionStatus(subActor.getSnapshot()).state;
      },
      get status() {
        return selectSubscriptionStatus(subActor.getSnapshot());
      },
      actor: subActor,
      on: emitter.on,
      subscribe: () => subActor.send({ type: 'subscribe' }),
      unsubscribe: () => subActor.send({ type: 'unsubscribe' }),
      retryNow: () => subActor.send({ type: 'retryNow' }),
      publish: async (data) => void (await call('publish', { channel, data })),
      history: async (opts: HistoryOptions = {}) => {
        const reply = await call('history', { channel, ...opts });
        return reply.reply.history ?? ({ publications: [], epoch: '', offset: 0 } satisfies HistoryResult);
      },
      presence: async () =>
        (await call('presence', { channel })).reply.presence ?? ({ presence: {} } satisfies PresenceResult),
      presenceStats: async () =>
        (await call('presence_stats', { channel })).reply.presence_stats ??
        ({ num_clients: 0, num_users: 0 } satisfies PresenceStatsResult),
    };
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
    on: events.on,
    subscribe,
    getSubscription: (channel) => handles.get(channel),
    removeSubscription(handle) {
      handle.unsubscribe();
      handle.actor.stop();
      handles.delete(handle.channel);
      driver.channels.remove(handle.channel);
    },
    subscriptions: () => [...handles.values()],
    publish: async (channel, data) => void (await call('publish', { channel, data })),
    rpc: async (method, data) => (await call('rpc', { method, data })).reply.rpc?.data,
    send: (data) => driver.post({ send: { data } }),
    history: (channel, opts) =>
      handles.get(channel)?.history(opts) ??
      call('history', { channel, ...opts }).then((r) => r.reply.history as HistoryResult),
    presence: async (channel) => (await call('presence', { channel })).reply.presence ?? { presence: {} },
    presenceStats: async (channel) =>
      (await call('presence_stats', { channel })).reply.presence_stats ?? { num_clients: 0, num_users: 0 },
    stop() {
      for (const handle of handles.values()) handle.actor.stop();
      actor.stop();
    },
  };
}
