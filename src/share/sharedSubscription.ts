import type { SubscriptionStatus } from '../machines/subscription/subscription.selectors.ts';
import type {
  CentrifugoSubscriptionOptions,
  StreamPosition,
} from '../protocols/centrifugo/CentrifugoOptions.ts';
import type {
  CentrifugoSubscription,
  CentrifugoSubscriptionEvents,
  HistoryOptions,
} from '../protocols/centrifugo/CentrifugoSubscription.ts';
import type {
  HistoryResult,
  PresenceResult,
  PresenceStatsResult,
} from '../protocols/centrifugo/callResults.ts';
import { type ReadyDeps, waitUntilReady } from '../protocols/centrifugo/readyWait.ts';
import { Emitter } from '../protocols/shared/Emitter.ts';
import type { SharedCentrifugoSubscription } from './SharedCentrifugoSession.ts';
import type { ShareCallMethod, ShareMessageBody, ShareSubscribeOptions } from './shareMessages.ts';

/** How a tab's handle reaches the leader. */
export interface SharedSubscriptionPort {
  toHost(body: ShareMessageBody): void;
  call(method: ShareCallMethod, args: unknown[]): Promise<unknown>;
  /** The real subscription when this tab leads. */
  subscriptionOf(channel: string): CentrifugoSubscription | undefined;
  /** The session's clock and stop, for `ready(timeout)`. */
  ready: ReadyDeps;
}

/** A handle plus what its session needs to drive it. */
export interface SharedSubscriptionHandle extends SharedCentrifugoSubscription {
  /** True between `subscribe()` and `unsubscribe()`. */
  readonly wanted: boolean;
  /** What the leader gets asked for (functions stay in this tab). */
  wireOptions(since: StreamPosition | undefined): ShareSubscribeOptions;
  /** The leader's status of the channel. */
  applyStatus(status: SubscriptionStatus): void;
  /** An event of the channel from the leader (publications already seen are dropped). */
  deliver(name: keyof CentrifugoSubscriptionEvents, event: unknown): void;
  /** The leader went away: back to `subscribing` until the next one resubscribes. */
  awaitLeader(): void;
}

const idleStatus = (channel: string, state: SubscriptionStatus['state']): SubscriptionStatus => ({
  state,
  phase: state === 'subscribing' ? 'waiting' : null,
  attempt: 0,
  nextRetryAt: null,
  lastCode: null,
  lastReason: null,
  rule: null,
  channel,
  terminal: state === 'unsubscribed',
  canRetryNow: false,
  position: null,
  wasRecovering: false,
  recovered: false,
});

/**
 * A tab's handle of one channel of a shared session. Its status mirrors the leader's subscription;
 * its events are the leader's, once each: a publication at or below the last offset this tab
 * delivered in the same epoch (the overlap of a handover's recovery) is dropped.
 */
export function createSharedSubscription(
  channel: string,
  options: CentrifugoSubscriptionOptions,
  port: SharedSubscriptionPort,
): SharedSubscriptionHandle {
  const events = new Emitter<CentrifugoSubscriptionEvents>();
  let status = idleStatus(channel, 'unsubscribed');
  let wanted = false;
  // The last offset handed to the app, and the epoch it counts in.
  let lastOffset: number | undefined;
  let epoch: string | undefined;
  // Between subscribe() and the first word of the leader about it (its status or `subscribed`).
  let joining = false;
  const setStatus = (next: SubscriptionStatus) => {
    status = next;
    events.emit('status', next);
  };
  const isDuplicate = (event: { offset?: unknown }) => {
    if (typeof event.offset !== 'number' || event.offset <= 0) return false;
    if (lastOffset !== undefined && event.offset <= lastOffset) return true;
    lastOffset = event.offset;
    return false;
  };
  const handle: SharedSubscriptionHandle = {
    channel,
    get state() {
      return status.state;
    },
    get status() {
      return status;
    },
    get actor() {
      return port.subscriptionOf(channel)?.actor;
    },
    get wanted() {
      return wanted;
    },
    on: (type, listener) => events.on(type, listener),
    once: (type, listener) => events.once(type, listener),
    off: (type, listener) => events.off(type, listener),
    // Follows the mirrored status: `subscribed` once the leader's subscription says so.
    ready: (timeout?: number) => waitUntilReady(handle, port.ready, timeout),
    subscribe() {
      if (wanted) return;
      wanted = true;
      joining = true;
      setStatus(idleStatus(channel, 'subscribing'));
      port.toHost({ type: 'sub', channel, options: handle.wireOptions(undefined) });
    },
    unsubscribe() {
      if (!wanted) return;
      wanted = false;
      port.toHost({ type: 'unsub', channel });
      setStatus(idleStatus(channel, 'unsubscribed'));
    },
    retryNow: () => port.toHost({ type: 'control', action: 'subRetryNow', channel }),
    publish: async (data) => void (await port.call('publish', [channel, data])),
    history: (historyOptions?: HistoryOptions) =>
      port.call('history', [channel, historyOptions ?? {}]) as Promise<HistoryResult>,
    presence: () => port.call('presence', [channel]) as Promise<PresenceResult>,
    presenceStats: () => port.call('presenceStats', [channel]) as Promise<PresenceStatsResult>,
    wireOptions(since) {
      const wire: ShareSubscribeOptions = {};
      if (options.data !== undefined) wire.data = options.data;
      if (options.token !== undefined) wire.token = options.token;
      if (options.positioned !== undefined) wire.positioned = options.positioned;
      if (options.recoverable !== undefined) wire.recoverable = options.recoverable;
      if (options.joinLeave !== undefined) wire.joinLeave = options.joinLeave;
      const from = since ?? options.since;
      if (from) wire.since = from;
      return wire;
    },
    applyStatus(next) {
      if (!wanted) return;
      const position = next.position as Partial<StreamPosition> | null;
      if (typeof position?.epoch === 'string') epoch = position.epoch;
      // A tab that joins a running stream starts where it stands: what came before is not its.
      if (joining && next.state === 'subscribed') {
        joining = false;
        if (typeof position?.offset === 'number') lastOffset = position.offset;
      }
      setStatus(next);
    },
    deliver(name, event) {
      if (!wanted) return;
      if (name === 'subscribed') {
        const { recovered, streamPosition } = event as CentrifugoSubscriptionEvents['subscribed'];
        joining = false;
        // Offsets count again in a new epoch, or after a resubscribe that could not recover.
        // (A tab that joined later learnt the epoch from the status: see applyStatus.)
        if (!recovered || (epoch !== undefined && streamPosition?.epoch !== epoch)) lastOffset = undefined;
        epoch = streamPosition?.epoch;
      }
      if (name === 'publication' && isDuplicate(event as { offset?: unknown })) return;
      events.emit(name, event as never);
    },
    awaitLeader() {
      if (wanted) setStatus(idleStatus(channel, 'subscribing'));
    },
  };
  return handle;
}
