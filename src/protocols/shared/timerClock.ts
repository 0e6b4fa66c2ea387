/** Timers as xstate's `Clock` has them (`SimulatedClock` in tests, the platform's otherwise). */
export interface TimerClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

const platform: TimerClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** The session's clock when it has one, else the platform's timers. */
export function defaultTimers(clock: TimerClock | undefined): TimerClock {
  return clock ?? platform;
}
