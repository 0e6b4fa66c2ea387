import type { BackoffPolicy } from './backoffPolicy.ts';
import { fullJitter } from './fullJitter.ts';

/** Options of {@link createCentrifugeBackoff}. */
export interface CentrifugeBackoffOptions {
  /** Smallest delay and the base of the exponent, ms (centrifuge-js `minReconnectDelay`, 500). */
  minDelay?: number;
  /** Largest delay, ms (centrifuge-js `maxReconnectDelay`, 20000). */
  maxDelay?: number;
}

/**
 * centrifuge-js 5.x backoff: `min(max, min + randomInt(0, min(max, min·2^attempt)))`, full jitter on top
 * of the minimum. With the defaults attempt 0 waits 500–1000 ms, attempt 6 and later 500–20000 ms.
 */
export function createCentrifugeBackoff(options: CentrifugeBackoffOptions = {}): BackoffPolicy {
  const min = options.minDelay ?? 500;
  const max = options.maxDelay ?? 20_000;
  return {
    name: 'centrifuge',
    delay(attempt, random) {
      return fullJitter(min, max, attempt, random);
    },
  };
}

/** The centrifuge-js default policy (500 ms / 20 s), for apps that want the official client's timing. */
export const centrifugeBackoff: BackoffPolicy = /* @__PURE__ */ createCentrifugeBackoff();
