import { type BackoffPolicy, randomUpTo, stepOf } from './backoffPolicy.ts';
import { fullJitter } from './fullJitter.ts';

/** Options of {@link createSpreadBackoff}. */
export interface SpreadBackoffOptions {
  /** Earliest first retry after a drop, ms (50). */
  firstMinDelay?: number;
  /** Latest first retry after a drop, ms (1350). The median first delay is the midpoint, 700 ms. */
  firstMaxDelay?: number;
  /** Base of later retries and their smallest delay, ms (1000). */
  minDelay?: number;
  /** Largest delay, ms (20000). */
  maxDelay?: number;
}

/**
 * codestate's default policy. The first retry after a drop is spread uniformly over 50–1350 ms: a
 * median (700 ms) just under centrifuge-js's 750 ms (500–1000 ms), but over 2.6× the width, so a server
 * restart sees well under half the peak of simultaneous reconnects. Later retries use full jitter on a 1 s base
 * (`min(max, 1000 + randomInt(0, min(max, 1000·2^attempt)))`), which keeps the second wave from piling
 * onto the tail of the first. See docs/backoff.md for the reconnect-storm numbers.
 */
export function createSpreadBackoff(options: SpreadBackoffOptions = {}): BackoffPolicy {
  const firstMin = options.firstMinDelay ?? 50;
  const firstMax = Math.max(firstMin, options.firstMaxDelay ?? 1350);
  const min = options.minDelay ?? 1000;
  const max = options.maxDelay ?? 20_000;
  return {
    name: 'spread',
    delay(attempt, random) {
      if (stepOf(attempt) === 0) return Math.min(max, firstMin + randomUpTo(firstMax - firstMin, random));
      return fullJitter(min, max, attempt, random);
    },
  };
}

/** The default policy: spread first retries (50–1350 ms), then full jitter on 1 s, capped at 20 s. */
export const spreadBackoff: BackoffPolicy = /* @__PURE__ */ createSpreadBackoff();
