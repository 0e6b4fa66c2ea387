/**
 * The one place that says what a delay may be. Every timeout and interval, from an option or from
 * a server, goes through {@link timeoutOption} or {@link clampDelay} before it reaches a timer.
 *
 * Why: Node and browsers fire a `setTimeout` of 2^31 ms or more after 1 ms, so an unchecked
 * `timeout: Infinity`, `pingInterval: 3e9` or a server ping of 2,200,000 s turned into a timer
 * that fires at once, over and over.
 *
 * The rule for every timeout/interval option of every protocol:
 * - `undefined` → the option's documented default;
 * - `0` → off (no timer);
 * - `Infinity` → off (no timer), the same as 0;
 * - finite and above 2^31 − 1 → 2^31 − 1 ms (~24.8 days): it fires late, never early;
 * - negative, NaN or not a number → the documented default (bad input never crashes a session).
 */

/** Longest delay timers accept (2^31 − 1 ms, about 24.8 days); longer ones fire at once in browsers and Node. */
export const MAX_TIMER_DELAY = 2_147_483_647;

/**
 * A delay made safe for a timer: NaN, negative or not a number → 0; above {@link MAX_TIMER_DELAY}
 * (Infinity included) → {@link MAX_TIMER_DELAY}. For values already known to be wanted, such as
 * an interval a server asked for.
 */
export function clampDelay(ms: unknown): number {
  if (typeof ms !== 'number' || !(ms > 0)) return 0;
  return ms > MAX_TIMER_DELAY ? MAX_TIMER_DELAY : ms;
}

/**
 * A timeout or interval option under the rule above: the delay to arm, with 0 meaning off.
 * @param value - what the app passed
 * @param fallback - the documented default
 */
export function timeoutOption(value: unknown, fallback: number): number {
  if (value === Number.POSITIVE_INFINITY) return 0;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) return clampDelay(fallback);
  return clampDelay(value);
}
