import type { BackoffPolicy } from './backoffPolicy.ts';

/**
 * The same delay for every attempt, no jitter. Useful in tests and as the naive baseline of the
 * reconnect-storm benchmark (every client comes back in the same instant).
 * @param ms - the delay, ms; negative or non-finite values count as 0
 */
export function fixedBackoff(ms: number): BackoffPolicy {
  const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
  return { name: `fixed(${delay})`, delay: () => delay };
}
