import type { ActorOptions, AnyActorLogic } from 'xstate';
import { clampDelay } from '../../machines/shared/delays.ts';

/** xstate's `Clock` (what `createActor` takes as `clock`); a `SimulatedClock` also has `now()`. */
export type SessionClock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

/** The timers every protocol uses, so one injected clock drives machines and drivers alike. */
export interface SessionTimers {
  /** Runs `fn` after `ms` (clamped to 0 … 2^31 − 1, NaN → 0); returns the id for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a timer; an `undefined` id is fine. */
  clearTimeout(id: unknown): void;
  /** The clock's time, ms: its `now()` when it has one, `Date.now()` otherwise (as the machines). */
  now(): number;
}

/**
 * Timers on `clock`, or on the platform's `setTimeout`/`Date.now` without one. Drivers take these
 * instead of the globals, so a `SimulatedClock` passed as the session's `clock` drives every timer
 * (connect and reply timeouts, token refresh, keepalive, watch liveness, idle eviction).
 */
export function sessionTimers(clock?: SessionClock): SessionTimers {
  // The one clamp (src/machines/shared/delays.ts): what 0 and Infinity mean is decided before.
  const withNow = clock as { now?: () => number } | undefined;
  const now = typeof withNow?.now === 'function' ? () => (withNow.now as () => number)() : () => Date.now();
  if (!clock) {
    return {
      setTimeout: (fn, ms) => setTimeout(fn, clampDelay(ms)),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      now,
    };
  }
  return {
    setTimeout: (fn, ms) => clock.setTimeout(fn, clampDelay(ms)),
    clearTimeout: (id) => {
      if (id !== undefined) clock.clearTimeout(id);
    },
    now,
  };
}
