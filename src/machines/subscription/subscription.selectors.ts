import type { SnapshotFrom } from 'xstate';
import { type RetryStatus, selectRetryStatus } from '../shared/retryStatus.ts';
import type { subscriptionMachine } from './subscription.machine.ts';
import type { SubscriptionState } from './subscription.types.ts';

/** A snapshot of the subscription machine. */
export type SubscriptionSnapshot = SnapshotFrom<typeof subscriptionMachine>;

/** The UI model of one subscription. */
export interface SubscriptionStatus extends RetryStatus<SubscriptionState> {
  /** Child of `subscribing`: `waiting` (connection down), `requesting`, `backoff`; else null. */
  phase: string | null;
  /** The channel. */
  channel: string;
  /** True in `unsubscribed`: nothing happens until the app subscribes again. */
  terminal: boolean;
  /** True while a resubscribe wait can be skipped with `retryNow()`. */
  canRetryNow: boolean;
  /** The recovery position the next subscribe carries (null = none). */
  position: unknown;
  /** The last accepted subscribe asked to resume from a position. */
  wasRecovering: boolean;
  /** ...and nothing was missed; `wasRecovering && !recovered` means publications were lost. */
  recovered: boolean;
}

/** Derives the {@link SubscriptionStatus} from a subscription snapshot. */
export function selectSubscriptionStatus(snapshot: SubscriptionSnapshot): SubscriptionStatus {
  const status = selectRetryStatus<SubscriptionState>(snapshot);
  return {
    ...status,
    channel: snapshot.context.channel,
    terminal: status.state === 'unsubscribed',
    canRetryNow: status.phase === 'backoff',
    position: snapshot.context.position,
    wasRecovering: snapshot.context.wasRecovering,
    recovered: snapshot.context.recovered,
  };
}
