import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SessionSubscription } from '../shared/SessionSubscription.ts';
import type { HistoryResult, PresenceResult, PresenceStatsResult } from './callResults.ts';
import type { SubscriptionEvents } from './SubscriptionRecord.ts';
import type { FilterNode } from './tagsFilter.ts';

/** Options of a history call (spec §7). */
export interface HistoryOptions {
  limit?: number;
  since?: { offset: number; epoch: string };
  reverse?: boolean;
}

/** Events of a subscription handle: server events plus `status` on every machine change. */
export interface CentrifugoSubscriptionEvents extends SubscriptionEvents {
  status: SubscriptionStatus;
}

/**
 * One channel of a session, as the app sees it: `state`, `status`, `actor`, `on` (`publication`,
 * `join`, `leave`, `error`, `status`) as every session's handle, plus Centrifugo's calls.
 * Remove it with `session.removeSubscription(handle)`.
 */
export interface CentrifugoSubscription extends SessionSubscription<CentrifugoSubscriptionEvents> {
  readonly channel: string;
  /** Subscribes again after `unsubscribe()` or a terminal server unsubscribe. */
  subscribe(): void;
  /** Skips a resubscribe wait. */
  retryNow(): void;
  /**
   * Resolves once `subscribed` (at once if it is). Rejects with a `CentrifugoCallError`: code 7
   * when it is or becomes `unsubscribed` (or the session stops), code 1 after `timeout` ms
   * (0 or absent: no limit), as centrifuge-js's `ready(timeout)`.
   */
  ready(timeout?: number): Promise<void>;
  /** Subscribe data for the next subscribe (a `getData` option wins over it). */
  setData(data: unknown): void;
  /**
   * The tags filter for the next subscribe (null removes it).
   * @throws {CentrifugoOptionError} on a subscription with `delta`.
   */
  setTagsFilter(tagsFilter: FilterNode | null): void;
  /** Publishes to this channel. */
  publish(data: unknown): Promise<void>;
  /** Reads the channel history. */
  history(options?: HistoryOptions): Promise<HistoryResult>;
  /** Reads who is in the channel. */
  presence(): Promise<PresenceResult>;
  /** Counts who is in the channel. */
  presenceStats(): Promise<PresenceStatsResult>;
}
