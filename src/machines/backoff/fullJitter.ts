import { randomUpTo, stepOf } from './backoffPolicy.ts';

/**
 * Full jitter on top of a minimum, as centrifuge-js computes it:
 * `min(max, min + randomInt(0, min(max, min·2^attempt)))`. The exponent is capped at 31, as
 * centrifuge-js does, so `2^attempt` stays a safe integer.
 */
export function fullJitter(min: number, max: number, attempt: number, random: () => number): number {
  const step = Math.min(stepOf(attempt), 31);
  return Math.min(max, min + randomUpTo(Math.min(max, min * 2 ** step), random));
}
