import type { BackoffPolicy } from '../backoff/backoffPolicy.ts';

import { clampDelay, MAX_TIMER_DELAY } from './delays.ts';

export { MAX_TIMER_DELAY };

/** What a broken policy (NaN, a throw) waits instead: long enough not to spin, short enough to recover. */
export const BROKEN_POLICY_DELAY = 1000;

/**
 * The wait a policy asks for, made safe for a timer: clamped to [0, {@link MAX_TIMER_DELAY}]. A policy
 * that returns NaN or throws gets {@link BROKEN_POLICY_DELAY}, so a bad custom policy never crashes
 * the machine or turns into a tight reconnect loop.
 */
export function policyDelay(policy: BackoffPolicy, attempt: number, random: () => number): number {
  let delay: number;
  try {
    delay = policy.delay(attempt, random);
  } catch {
    return BROKEN_POLICY_DELAY;
  }
  if (Number.isNaN(delay) || typeof delay !== 'number') return BROKEN_POLICY_DELAY;
  return clampDelay(delay);
}
