import type { StateValue } from 'xstate';
import { childState, topState } from './topState.ts';
import type { VerdictSummary } from './verdictSummary.ts';

/** The part of a status that every machine which waits and retries (connection, subscription) has. */
export interface RetryStatus<S extends string> {
  /** Top-level state (public API). */
  state: S;
  /** Child state, or null. */
  phase: string | null;
  /** Backoff waits since the last success (connect or subscribe). */
  attempt: number;
  /** Absolute clock time (ms) of the next attempt, or null when none is scheduled. */
  nextRetryAt: number | null;
  /** Last server code, or null (client-side causes have none). */
  lastCode: number | null;
  /** Last reason text, or null. */
  lastReason: string | null;
  /** The catalog row or rule behind the current state, or null. */
  rule: string | null;
}

/** What {@link selectRetryStatus} reads: a snapshot of a machine that waits and retries. */
export interface RetrySnapshot {
  value: StateValue;
  context: { attempt: number; nextRetryAt: number | null; lastVerdict: VerdictSummary | null };
}

/**
 * Derives the {@link RetryStatus} part of a status. `nextRetryAt` is only reported during a `backoff`
 * phase: the context keeps the last one after the wait ends. Pure; cheap enough for every render.
 */
export function selectRetryStatus<S extends string>(snapshot: RetrySnapshot): RetryStatus<S> {
  const phase = childState(snapshot.value);
  const { context } = snapshot;
  return {
    state: topState<S>(snapshot.value),
    phase,
    attempt: context.attempt,
    nextRetryAt: phase === 'backoff' ? context.nextRetryAt : null,
    lastCode: context.lastVerdict?.code ?? null,
    lastReason: context.lastVerdict?.reason ?? null,
    rule: context.lastVerdict?.rule ?? null,
  };
}
