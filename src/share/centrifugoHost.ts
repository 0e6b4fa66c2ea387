import type { StreamPosition } from '../protocols/centrifugo/CentrifugoOptions.ts';
import type { CentrifugoSession } from '../protocols/centrifugo/CentrifugoSession.ts';
import type { CentrifugoSubscription } from '../protocols/centrifugo/CentrifugoSubscription.ts';
import { defined } from '../protocols/shared/defined.ts';
import { type HostParts, routeHostMessage } from './hostRouter.ts';
import type { ShareCentrifugoOptions } from './SharedCentrifugoSession.ts';
import type { ShareMessage, ShareMessageBody, ShareSubscribeOptions } from './shareMessages.ts';

/** Events of a channel that every tab subscribed to it hears. */
const CHANNEL_EVENTS = ['publication', 'join', 'leave', 'error', 'subscribed', 'unrecovered'] as const;
/** Session-level events (connect reply, async messages, server-side subscriptions). */
const SESSION_EVENTS = [
  'connected',
  'message',
  'publication',
  'join',
  'leave',
  'subscribed',
  'subscribing',
  'unsubscribed',
  'unrecovered',
] as const;

interface ChannelEntry {
  readonly tabs: Set<string>;
  readonly handle: CentrifugoSubscription;
  readonly off: Array<() => void>;
}

/** What the leader's host needs. */
export interface CentrifugoHostConfig {
  /** The one real session, made in this (the leading) tab with the app's options and `getToken`. */
  session: CentrifugoSession;
  /** Sends to the tabs (see `ShareLink.fromHost`). */
  send(body: ShareMessageBody): void;
  /** The last position this tab saw of a channel (every tab sees every channel's publications). */
  positionOf(channel: string): StreamPosition | undefined;
  /** The app's options for channels that other tabs asked for (their `getToken` cannot cross). */
  share: ShareCentrifugoOptions;
}

/** The leader's side of a shared Centrifugo session. */
export interface CentrifugoHost {
  /** The real session (this tab's). */
  readonly session: CentrifugoSession;
  /** Handles a follower's message (this tab's own client is a follower too). */
  receive(message: ShareMessage): void;
  /** The real subscription's actor of a channel, for this tab's inspector. */
  subscriptionOf(channel: string): CentrifugoSubscription | undefined;
  /** Stops the real session (its socket closes; the next leader opens its own). */
  stop(): void;
}

/**
 * The leader's host: holds one real subscription per channel however many tabs want it (the set
 * of tabs per channel), fans every event and status out to the tabs, runs the calls tabs forward
 * and sends each answer to the tab that asked. A channel the last tab leaves is unsubscribed.
 */
export function createCentrifugoHost(config: CentrifugoHostConfig): CentrifugoHost {
  const { session, send } = config;
  const channels = new Map<string, ChannelEntry>();
  const offs = [
    session.on('status', (status) => send({ type: 'status', status })),
    ...SESSION_EVENTS.map((name) =>
      session.on(name, (event: unknown) => send({ type: 'event', name, event })),
    ),
  ];

  const addTab = (channel: string, tab: string, options: ShareSubscribeOptions) => {
    const existing = channels.get(channel);
    if (existing) {
      existing.tabs.add(tab);
      if (existing.handle.state === 'unsubscribed') existing.handle.subscribe();
      send({ type: 'subStatus', to: tab, channel, status: existing.handle.status });
      return;
    }
    // Resume from the last position any tab saw, so a handover loses nothing the server keeps.
    const since = config.positionOf(channel) ?? options.since;
    const handle = session.subscribe(channel, {
      ...config.share.subscriptionOptions?.(channel),
      ...defined(options),
      ...(since ? { since } : {}),
    });
    const entry: ChannelEntry = {
      tabs: new Set([tab]),
      handle,
      off: [
        handle.on('status', (status) => send({ type: 'subStatus', channel, status })),
        ...CHANNEL_EVENTS.map((name) =>
          handle.on(name, (event: unknown) => send({ type: 'event', channel, name, event })),
        ),
      ],
    };
    channels.set(channel, entry);
    send({ type: 'subStatus', channel, status: handle.status });
  };

  const removeTab = (channel: string, tab: string) => {
    const entry = channels.get(channel);
    if (!entry?.tabs.delete(tab) || entry.tabs.size > 0) return;
    for (const off of entry.off) off();
    channels.delete(channel);
    session.removeSubscription(entry.handle);
  };

  const parts: HostParts = {
    session,
    send,
    addTab,
    removeTab,
    channels: () => [...channels.keys()],
    calls: {
      publish: ([channel, data]) => session.publish(String(channel), data),
      rpc: ([method, data]) => session.rpc(String(method), data),
      history: ([channel, options]) => session.history(String(channel), (options ?? {}) as never),
      presence: ([channel]) => session.presence(String(channel)),
      presenceStats: ([channel]) => session.presenceStats(String(channel)),
      send: ([data]) => session.send(data),
    },
    control(message) {
      if (message.action === 'setToken' && message.token !== undefined) session.setToken(message.token);
      else if (message.action === 'subRetryNow' && message.channel !== undefined)
        channels.get(message.channel)?.handle.retryNow();
    },
  };

  return {
    receive: (message) => routeHostMessage(parts, message),
    session,
    subscriptionOf: (channel) => channels.get(channel)?.handle,
    stop() {
      for (const off of offs) off();
      for (const entry of channels.values()) for (const off of entry.off) off();
      channels.clear();
      session.stop();
    },
  };
}
