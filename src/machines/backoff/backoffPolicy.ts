/**
 * A named, swappable reconnect/resubscribe delay policy.
 *
 * `delay(attempt, random)` is pure given `random`: the machines pass the `random` of their input, so a
 * seeded generator gives the same timeline on every run.
 */
export interface BackoffPolicy {
  /** Stable name shown in docs, benchmarks and the inspector context. */
  readonly name: string;
  /**
   * Milliseconds to wait before retry number `attempt` (0 = the first wait after a drop or failure).
   * @param attempt - waits already scheduled since the last successful connect (0, 1, 2, ...)
   * @param random - a uniform random source in [0, 1)
   */
  delay(attempt: number, random: () => number): number;
}

/**
 * A uniform integer in `[0, span]` (both ends inclusive, like centrifuge-js's `randomInt`).
 * Clamps a misbehaving `random` into [0, 1) so a policy never returns a delay outside its range.
 */
export function randomUpTo(span: number, random: () => number): number {
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1 - Number.EPSILON) : 0;
  return Math.floor(unit * (span + 1));
}

/** Normalises an attempt number: negative, fractional or non-finite input counts as attempt 0. */
export function stepOf(attempt: number): number {
  return Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
}
