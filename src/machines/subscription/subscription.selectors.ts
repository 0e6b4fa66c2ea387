import type { SnapshotFrom } from 'xstate';
import type { RetryStatus } from '../shared/retryStatus.ts';
import { childState, topState } from '../shared/topState.ts';
import type { SubscriptionState } from './subscription.types.ts';
import type { subscriptionMachine } from './subscriptionMachine.ts';

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

/**
 * Derives the {@link SubscriptionStatus} from a subscription snapshot. One object literal with every
 * field, the retry part written out as `selectRetryStatus` has it rather than spread from it: a
 * session builds one per subscription on each step somebody listens to (30,000 on a reconnect of
 * 10,000 watched subscriptions), and the spread was the costliest line of that reconnect.
 */
export function selectSubscriptionStatus(snapshot: SubscriptionSnapshot): SubscriptionStatus {
  const { context, value } = snapshot;
  const state = topState<SubscriptionState>(value);
  const phase = childState(value);
  const last = context.lastVerdict;
  return {
    state,
    phase,
    attempt: context.attempt,
    nextRetryAt: phase === 'backoff' ? context.nextRetryAt : null,
    lastCode: last?.code ?? null,
    lastReason: last?.reason ?? null,
    rule: last?.rule ?? null,
    channel: context.channel,
    terminal: state === 'unsubscribed',
    canRetryNow: phase === 'backoff',
    position: context.position,
    wasRecovering: context.wasRecovering,
    recovered: context.recovered,
  };
}
