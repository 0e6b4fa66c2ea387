import { type BackoffPolicy, randomUpTo, stepOf } from './backoffPolicy.ts';

/** Options of {@link createExponentialBackoff}. */
export interface ExponentialBackoffOptions {
  /** Delay of attempt 0, doubled per attempt, ms (100). */
  baseDelay?: number;
  /** Largest delay before jitter, ms (5000). */
  maxDelay?: number;
  /** Added uniform jitter `randomInt(0, jitter - 1)`, ms (50). */
  jitter?: number;
}

/**
 * `min(max, base·2^attempt) + randomInt(0, jitter - 1)`: the Celeriant reference apps' request retry
 * (100 ms, 200 ms, 400 ms ... plus 0–49 ms). The default policy of the request machine.
 */
export function createExponentialBackoff(options: ExponentialBackoffOptions = {}): BackoffPolicy {
  const base = options.baseDelay ?? 100;
  const max = options.maxDelay ?? 5000;
  const jitter = Math.max(0, options.jitter ?? 50);
  return {
    name: 'exponential',
    delay(attempt, random) {
      const step = Math.min(stepOf(attempt), 31);
      return Math.min(max, base * 2 ** step) + (jitter > 0 ? randomUpTo(jitter - 1, random) : 0);
    },
  };
}

/** Request retry default: 100 ms doubling, capped at 5 s, plus 0–49 ms. */
export const exponentialBackoff: BackoffPolicy = /* @__PURE__ */ createExponentialBackoff();
