import type { SessionClock } from '../../src/protocols/shared/sessionTimers.ts';

/** A real-time clock that knows which of its timers are still pending. */
export interface CountingClock extends SessionClock {
  now(): number;
  /** Timers set and neither fired nor cleared. */
  pending(): number;
}

/**
 * xstate's `Clock` on the platform timers, counting what is pending. Pass it as a session's
 * `clock`: every machine and driver timer goes through it, so `pending()` after `stop()` shows a
 * leaked timer (a retry, timeout or keepalive the session forgot to cancel).
 */
export function createCountingClock(): CountingClock {
  const live = new Set<ReturnType<typeof setTimeout>>();
  return {
    setTimeout(fn: (...args: unknown[]) => void, ms: number) {
      const id = setTimeout(() => {
        live.delete(id);
        fn();
      }, ms);
      live.add(id);
      return id;
    },
    clearTimeout(id: unknown) {
      live.delete(id as ReturnType<typeof setTimeout>);
      clearTimeout(id as ReturnType<typeof setTimeout>);
    },
    now: () => Date.now(),
    pending: () => live.size,
  };
}
