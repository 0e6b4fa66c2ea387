import type { HistoryResult, PresenceResult, PresenceStatsResult } from '../../frames/centrifugo/index.ts';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import type { SubscriptionActor, SubscriptionHost } from '../shared/createSubscriptionHost.ts';
import { Emitter } from '../shared/Emitter.ts';
import { SubscriptionHandleBase } from '../shared/SubscriptionHandleBase.ts';
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
class SubscriptionHandle
  extends SubscriptionHandleBase<CentrifugoSubscriptionEvents>
  implements CentrifugoSubscription
{
  readonly channel: string;
  readonly #calls: CentrifugoCalls;

  constructor(
    channel: string,
    actor: SubscriptionActor,
    events: Emitter<CentrifugoSubscriptionEvents>,
    calls: CentrifugoCalls,
  ) {
    super(actor, events);
    this.channel = channel;
    this.#calls = calls;
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
  const actor = deps.host.create({
    channel,
    connected: deps.connected,
    ...(options.since ? { position: options.since } : {}),
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    ...(deps.random ? { random: deps.random } : {}),
  });
  // The driver emits publications, joins, leaves and errors to the handle's listeners.
  const events = new Emitter<CentrifugoSubscriptionEvents>();
  const record = createSubscriptionRecord(channel, options, events);
  deps.channels.add(record);
  record.machine = actor;
  actor.on('*', deps.onCommand);
  actor.start();
  return new SubscriptionHandle(channel, actor, events, deps.calls);
}
