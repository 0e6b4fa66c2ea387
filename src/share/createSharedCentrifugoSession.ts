import {
  type CallErrorOrigin,
  CentrifugoCallError,
  sessionStoppedError,
} from '../protocols/centrifugo/CentrifugoCallError.ts';
import type { StreamPosition } from '../protocols/centrifugo/CentrifugoOptions.ts';
import type { CentrifugoSubscriptionEvents } from '../protocols/centrifugo/CentrifugoSubscription.ts';
import type {
  HistoryResult,
  PresenceResult,
  PresenceStatsResult,
} from '../protocols/centrifugo/callResults.ts';
import { createCentrifugoSession } from '../protocols/centrifugo/createCentrifugoSession.ts';
import { resolveWebSocket } from '../transports/resolveWebSocket.ts';
import { type CentrifugoHost, createCentrifugoHost } from './centrifugoHost.ts';
import { createShareCore } from './createShareCore.ts';
import type {
  SharedCentrifugoSession,
  SharedCentrifugoSessionEvents,
  SharedCentrifugoSessionOptions,
  SharedCentrifugoSubscription,
} from './SharedCentrifugoSession.ts';
import { sharedSessionReady, shareReadyDeps } from './sharedReady.ts';
import { createSharedSubscription, type SharedSubscriptionHandle } from './sharedSubscription.ts';

const asPosition = (value: unknown): StreamPosition | undefined => {
  const p = value as StreamPosition | null | undefined;
  return p && typeof p.offset === 'number' && typeof p.epoch === 'string'
    ? { offset: p.offset, epoch: p.epoch }
    : undefined;
};

/**
 * A Centrifugo session shared by every tab of an origin: one tab (the leader, elected with a Web
 * Lock) holds the one WebSocket; the others follow its status and events over a BroadcastChannel,
 * and their subscriptions and calls run through it. When the leader goes away another tab takes
 * the lock, connects (with the app's `getToken` of that tab) and resubscribes from the last
 * positions, so recoverable publications are not lost. Without Web Locks or BroadcastChannel (Node,
 * old browsers) it is an ordinary session of this tab's own, with `role: 'leader'`.
 *
 * @example
 * ```ts
 * import { createSharedCentrifugoSession } from 'codestate/share'
 * const session = createSharedCentrifugoSession({ url, getToken, share: { name: 'app' } })
 * session.on('status', (s) => console.log(s.role, s.state))
 * session.subscribe('news').on('publication', (p) => console.log(p.data))
 * session.connect()
 * ```
 * @throws {TransportError} `no-websocket` when no WebSocket constructor is available.
 */
export function createSharedCentrifugoSession(
  options: SharedCentrifugoSessionOptions,
): SharedCentrifugoSession {
  const { share, ...sessionOptions } = options;
  resolveWebSocket(options.WebSocket ?? options.websocket); // fail here, not later in a lock callback
  const handles = new Map<string, SharedSubscriptionHandle>();
  // The last position of every channel this tab heard of: a new leader resumes from it.
  const positions = new Map<string, StreamPosition>();
  let host: CentrifugoHost | undefined;
  const notePosition = (channel: string, position: StreamPosition | undefined) => {
    const known = positions.get(channel);
    if (!position || (known && known.epoch === position.epoch && known.offset >= position.offset)) return;
    positions.set(channel, position);
  };

  const core = createShareCore<SharedCentrifugoSessionEvents>({
    name: `centrifugo:${(share ? share.name : undefined) ?? options.url}`,
    share: share === false ? undefined : (share ?? {}),
    clock: options.clock,
    inspect: options.inspect,
    stoppedError: sessionStoppedError,
    reviveError: (wire) =>
      wire.name === 'CentrifugoCallError' && typeof wire.code === 'number'
        ? new CentrifugoCallError(
            wire.code,
            wire.message,
            wire.temporary ?? false,
            (wire.origin ?? 'server') as CallErrorOrigin,
          )
        : undefined,
    createHost(send) {
      host = createCentrifugoHost({
        session: createCentrifugoSession(sessionOptions),
        send,
        positionOf: (channel) => positions.get(channel),
        share: share || {},
      });
      const made = host;
      const stop = () => {
        made.stop();
        if (host === made) host = undefined;
      };
      return { receive: made.receive, stop };
    },
    wantedChannels: () =>
      [...handles.values()]
        .filter((handle) => handle.wanted)
        .map((handle) => ({
          channel: handle.channel,
          options: handle.wireOptions(positions.get(handle.channel)),
        })),
    onLeaderChange: () => {
      for (const handle of handles.values()) handle.awaitLeader();
    },
    onChannelMessage(message) {
      const channel = message.channel as string;
      if (message.type === 'subStatus') {
        notePosition(channel, asPosition(message.status.position));
        return handles.get(channel)?.applyStatus(message.status);
      }
      if (message.name === 'subscribed')
        notePosition(channel, asPosition((message.event as { streamPosition?: unknown }).streamPosition));
      if (message.name === 'publication') {
        const offset = (message.event as { offset?: unknown }).offset;
        const epoch = positions.get(channel)?.epoch;
        if (typeof offset === 'number' && epoch !== undefined) notePosition(channel, { offset, epoch });
      }
      handles.get(channel)?.deliver(message.name as keyof CentrifugoSubscriptionEvents, message.event);
    },
  });

  const ready = shareReadyDeps(core);
  const port = {
    toHost: core.toHost,
    call: core.call,
    subscriptionOf: (channel: string) => host?.subscriptionOf(channel),
    ready,
  };

  const session: SharedCentrifugoSession = {
    get state() {
      return core.status().state;
    },
    get status() {
      return core.status();
    },
    get role() {
      return core.role();
    },
    get actor() {
      return host?.session.actor;
    },
    shareActor: core.roleActor,
    on: (type, listener) => core.events.on(type, listener),
    once: (type, listener) => core.events.once(type, listener),
    off: (type, listener) => core.events.off(type, listener),
    ready: (timeout?: number) => sharedSessionReady(core, ready, timeout),
    connect() {
      core.assertLive('connect');
      core.setIntent('connect');
    },
    disconnect: () => void (core.stopped || core.setIntent('disconnect')),
    retryNow: () => void (core.stopped || core.toHost({ type: 'control', action: 'retryNow' })),
    setToken: (token: string) => core.toHost({ type: 'control', action: 'setToken', token }),
    subscribe(channel, subOptions = {}) {
      core.assertLive('subscribe');
      let handle = handles.get(channel);
      if (!handle) {
        handle = createSharedSubscription(channel, subOptions, port);
        handles.set(channel, handle);
      }
      handle.subscribe();
      return handle;
    },
    getSubscription: (channel) => handles.get(channel),
    removeSubscription(handle: SharedCentrifugoSubscription) {
      handle.unsubscribe();
      handles.delete(handle.channel);
    },
    subscriptions: () => [...handles.values()],
    publish: async (channel, data) => void (await core.call('publish', [channel, data])),
    rpc: (method, data) => core.call('rpc', [method, data]),
    history: (channel, historyOptions) =>
      core.call('history', [channel, historyOptions ?? {}]) as Promise<HistoryResult>,
    presence: (channel) => core.call('presence', [channel]) as Promise<PresenceResult>,
    presenceStats: (channel) => core.call('presenceStats', [channel]) as Promise<PresenceStatsResult>,
    send(data) {
      core.assertLive('send');
      if (core.status().state !== 'connected') return false;
      core.call('send', [data]).catch(() => {}); // like the session's send: no answer to wait for
      return true;
    },
    stop: () => core.stop(),
  };
  return session;
}
