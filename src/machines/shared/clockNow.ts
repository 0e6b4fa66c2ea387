/**
 * The current time of an actor system's clock. xstate's `Clock` only schedules; a clock that also has
 * `now()` (xstate's `SimulatedClock`, or any clock the app passes to `createActor`) drives absolute
 * times such as `nextRetryAt`. Otherwise wall-clock time is used.
 */
export function clockNow(system: { _clock?: unknown } | undefined): number {
  const clock = system?._clock as { now?: () => number } | undefined;
  return typeof clock?.now === 'function' ? clock.now() : Date.now();
}
