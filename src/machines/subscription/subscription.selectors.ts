import type { SnapshotFrom } from 'xstate';
import { childState, topState } from '../shared/topState.ts';
import type { subscriptionMachine } from './subscription.machine.ts';
import type { SubscriptionState } from './subscription.types.ts';

/** A snapshot of the subscription machine. */
export type SubscriptionSnapshot = SnapshotFrom<typeof subscriptionMachine>;

/** The UI model of one subscription. */
export interface SubscriptionStatus {
  /** Top-level state (public API). */
  state: SubscriptionState;
  /** Child of `subscribing`: `waiting` (connection down), `requesting`, `backoff`; else null. */
  phase: string | null;
  /** The channel. */
  channel: string;
  /** Resubscribe waits since the last successful subscribe. */
  attempt: number;
  /** Absolute clock time (ms) of the next resubscribe, or null. */
  nextRetryAt: number | null;
  /** Last server code, or null. */
  lastCode: number | null;
  /** Last reason text, or null. */
  lastReason: string | null;
  /** The catalog row or rule behind the current state, or null. */
  rule: string | null;
  /** True in `unsubscribed`: nothing happens until the app subscribes again. */
  terminal: boolean;
  /** True while a resubscribe wait can be skipped with `retryNow()`. */
  canRetryNow: boolean;
  /** The recovery position the next subscribe carries (null = none). */
  position: unknown;
}

/** Derives the {@link SubscriptionStatus} from a subscription snapshot. */
export function selectSubscriptionStatus(snapshot: SubscriptionSnapshot): SubscriptionStatus {
  const state = topState<SubscriptionState>(snapshot.value);
  const phase = childState(snapshot.value);
  const { context } = snapshot;
  return {
    state,
    phase,
    channel: context.channel,
    attempt: context.attempt,
    nextRetryAt: phase === 'backoff' ? context.nextRetryAt : null,
    lastCode: context.lastVerdict?.code ?? null,
    lastReason: context.lastVerdict?.reason ?? null,
    rule: context.lastVerdict?.rule ?? null,
    terminal: state === 'unsubscribed',
    canRetryNow: phase === 'backoff',
    position: context.position,
  };
}
