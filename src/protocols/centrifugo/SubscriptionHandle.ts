import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { Emitter } from '../shared/Emitter.ts';
import { SubscriptionHandleBase } from '../shared/SubscriptionHandleBase.ts';
import type { SubscriptionActor, SubscriptionTable } from '../shared/subscriptionTable.ts';
import { INVALID_EPOCH } from './buildCommands.ts';
import type { StreamPosition } from './CentrifugoOptions.ts';
import type {
  CentrifugoSubscription,
  CentrifugoSubscriptionEvents,
  HistoryOptions,
} from './CentrifugoSubscription.ts';
import type { HistoryResult, PresenceResult, PresenceStatsResult } from './callResults.ts';
import type { ChannelRegistry } from './channelRegistry.ts';
import { deltaWithTagsFilterError } from './checkSubscriptionOptions.ts';
import type { CentrifugoCalls } from './createCalls.ts';
import type { FossilDelta } from './deltaCodec.ts';
import { type ReadyDeps, waitUntilReady } from './readyWait.ts';
import type { SubscriptionRecord } from './SubscriptionRecord.ts';
import type { FilterNode } from './tagsFilter.ts';

/** What a subscription handle needs from its session. */
export interface HandleDeps {
  /** The session's subscriptions, run on the subscription machine. */
  // biome-ignore lint/suspicious/noExplicitAny: the table holds this session's handles
  table: SubscriptionTable<any>;
  channels: ChannelRegistry;
  calls: CentrifugoCalls;
  backoff: BackoffPolicy | undefined;
  random: (() => number) | undefined;
  /** The session's clock and stop, for `ready(timeout)`. */
  ready: ReadyDeps;
  /** The session's fossil codec (`fossilDelta` option), for `delta: 'fossil'`. */
  fossilDelta: FossilDelta | undefined;
}

/**
 * The app's handle on one channel. A class, so that its methods live once on the prototype: a
 * session may hold 10,000 handles, and per-handle closures would cost more than the machine.
 */
export class SubscriptionHandle
  extends SubscriptionHandleBase<CentrifugoSubscriptionEvents>
  implements CentrifugoSubscription
{
  readonly channel: string;
  readonly #calls: CentrifugoCalls;
  readonly #record: SubscriptionRecord;
  readonly #ready: ReadyDeps;

  constructor(
    record: SubscriptionRecord,
    input: ConstructorParameters<typeof SubscriptionHandleBase>[1],
    events: Emitter<CentrifugoSubscriptionEvents>,
    deps: HandleDeps,
  ) {
    super(deps.table, input, events);
    this.channel = record.channel;
    this.#calls = deps.calls;
    this.#record = record;
    this.#ready = deps.ready;
  }

  /** The UI model, with the position of the last publication delivered (see `#syncPosition`). */
  override get status(): SubscriptionStatus {
    this.#syncPosition();
    return super.status;
  }

  /** The subscription's actor, its context brought up to the last publication first. */
  override get actor(): SubscriptionActor {
    this.#syncPosition();
    return super.actor;
  }

  /** See `SubscriptionMachinePort.positionMoved`: watched at once, the others when next read. */
  positionMoved(): void {
    if (this.cellObserver !== undefined || this.cellActor !== undefined) this.#syncPosition();
  }

  protected override observeStatus(): void {
    this.#syncPosition();
    super.observeStatus();
  }

  /**
   * The record holds the position of the last publication; the machine hears of it when somebody
   * looks (see `positionMoved`), so `status.position` is what the app has received, also while
   * it resubscribes.
   */
  #syncPosition(): void {
    const position = this.#record.position;
    // A position thrown away (3014, 2502) reads as none, as the machine's own `resetPosition`.
    const live = position && position.epoch !== INVALID_EPOCH ? position : null;
    const known = this.getSnapshot().context.position as StreamPosition | null;
    if (live !== known && (live?.offset !== known?.offset || live?.epoch !== known?.epoch))
      this.send({ type: 'position', position: live });
  }

  subscribe(): void {
    this.send({ type: 'subscribe' });
  }

  unsubscribe(): void {
    this.send({ type: 'unsubscribe' });
  }

  retryNow(): void {
    this.send({ type: 'retryNow' });
  }

  ready(timeout?: number): Promise<void> {
    return waitUntilReady(this, this.#ready, timeout);
  }

  setData(data: unknown): void {
    this.#record.data = data;
  }

  setTagsFilter(tagsFilter: FilterNode | null): void {
    if (tagsFilter && this.#record.options.delta) throw deltaWithTagsFilterError();
    this.#record.tagsFilter = tagsFilter;
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
