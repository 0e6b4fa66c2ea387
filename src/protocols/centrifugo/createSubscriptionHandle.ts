import type { HistoryResult, PresenceResult, PresenceStatsResult } from '../../frames/centrifugo/index.ts';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import {
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from '../../machines/subscription/subscription.selectors.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionState,
} from '../../machines/subscription/subscription.types.ts';
import type { SubscriptionActor, SubscriptionHost } from '../shared/createSubscriptionHost.ts';
import { Emitter } from '../shared/Emitter.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type {
  CentrifugoSubscription,
  CentrifugoSubscriptionEvents,
  HistoryOptions,
} from './CentrifugoSubscription.ts';
import type { ChannelRegistry } from './channelRegistry.ts';
import type { CentrifugoCalls } from './createCalls.ts';
import { createSubscriptionRecord } from './SubscriptionRecord.ts';

/** What a subscription handle needs from its session. */
export interface HandleDeps {
  /** Creates the subscription actors, all in one actor system. */
  host: SubscriptionHost;
  /** Carries out the commands every subscription machine emits. */
  onCommand: (command: SubscriptionDriverCommand) => void;
  channels: ChannelRegistry;
  calls: CentrifugoCalls;
  /** Whether the connection is up right now. */
  connected: boolean;
  backoff: BackoffPolicy | undefined;
  random: (() => number) | undefined;
}

/**
 * The app's handle on one channel. A class, so that its methods live once on the prototype: a
 * session may hold 10,000 handles, and per-handle closures would cost more than the machine.
 */
class SubscriptionHandle implements CentrifugoSubscription {
  readonly channel: string;
  readonly actor: SubscriptionActor;
  readonly #events: Emitter<CentrifugoSubscriptionEvents>;
  readonly #calls: CentrifugoCalls;
  /** Whether `state` events are wired to the actor (only once somebody listens to them). */
  #observed = false;

  constructor(
    channel: string,
    actor: SubscriptionActor,
    events: Emitter<CentrifugoSubscriptionEvents>,
    calls: CentrifugoCalls,
  ) {
    this.channel = channel;
    this.actor = actor;
    this.#events = events;
    this.#calls = calls;
  }

  get state(): SubscriptionState {
    return selectSubscriptionStatus(this.actor.getSnapshot()).state;
  }

  get status(): SubscriptionStatus {
    return selectSubscriptionStatus(this.actor.getSnapshot());
  }

  on<K extends keyof CentrifugoSubscriptionEvents>(
    type: K,
    listener: (event: CentrifugoSubscriptionEvents[K]) => void,
  ): () => void {
    if (type === 'status' && !this.#observed) {
      this.#observed = true;
      const events = this.#events;
      this.actor.subscribe((snapshot) => events.emit('status', selectSubscriptionStatus(snapshot)));
    }
    return this.#events.on(type, listener);
  }

  subscribe(): void {
    this.actor.send({ type: 'subscribe' });
  }

  unsubscribe(): void {
    this.actor.send({ type: 'unsubscribe' });
  }

  retryNow(): void {
    this.actor.send({ type: 'retryNow' });
  }

  publish(data: unknown): Promise<void> {
    return this.#calls.publish(this.channel, data);
  }

  history(options?: HistoryOptions): Promise<HistoryResult> {
    return this.#calls.history(this.channel, options);
  }

  presence(): Promise<PresenceResult> {
    return this.#calls.presence(this.channel);
  }

  presenceStats(): Promise<PresenceStatsResult> {
    return this.#calls.presenceStats(this.channel);
  }
}

/**
 * Registers `channel` with the driver, starts its subscription machine (lean: its commands are
 * emitted to `deps.onCommand`) and returns the app's handle. The driver reads the machine's state
 * (`wantsSubscribe`) to batch this subscribe with the next connect.
 */
export function createSubscriptionHandle(
  channel: string,
  options: CentrifugoSubscriptionOptions,
  deps: HandleDeps,
): CentrifugoSubscription {
  const events = new Emitter<CentrifugoSubscriptionEvents>();
  const record = createSubscriptionRecord(channel, options, events);
  deps.channels.add(record);
  const actor = deps.host.create({
    channel,
    connected: deps.connected,
    ...(options.since ? { position: options.since } : {}),
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    ...(deps.random ? { random: deps.random } : {}),
  });
  record.machine = actor;
  actor.on('*', deps.onCommand);
  actor.start();
  return new SubscriptionHandle(channel, actor, events, deps.calls);
}
