import type { BackoffSettings } from './backoffSettings.ts';
import { clockNow } from './clockNow.ts';
import { policyDelay } from './policyDelay.ts';

/** What a connection or subscription machine keeps to schedule its next attempt. */
export interface AttemptCounter extends BackoffSettings {
  /** Waits since the last success. */
  attempt: number;
  /** Skip the next wait (set by a verdict with `immediate`). */
  immediate: boolean;
}

/** The context update that schedules one wait. */
export interface ScheduledAttempt {
  retryDelay: number;
  nextRetryAt: number;
  attempt: number;
  immediate: false;
}

/**
 * Schedules the next attempt: no wait when the last verdict asked for an immediate one, else the
 * policy's wait for this attempt. The counter moves on either way, so the next failure waits longer.
 * @param system - the actor system, whose clock (if it has `now()`) dates `nextRetryAt`
 */
export function nextAttempt(
  context: AttemptCounter,
  system: Parameters<typeof clockNow>[0],
): ScheduledAttempt {
  const wait = context.immediate ? 0 : policyDelay(context.backoff, context.attempt, context.random);
  return {
    retryDelay: wait,
    nextRetryAt: clockNow(system) + wait,
    attempt: context.attempt + 1,
    immediate: false,
  };
}
