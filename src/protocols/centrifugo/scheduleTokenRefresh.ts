import type { SessionTimers } from '../shared/sessionTimers.ts';

/** centrifuge-js retry windows after a failed refresh (spec §5): connection 5–10 s, subscription 10–20 s. */
const RETRY_WINDOWS = {
  'retry-connection': [5000, 10_000],
  'retry-subscription': [10_000, 20_000],
} as const;

/** The session's clock and random source, as the driver holds them. */
export interface RefreshClock {
  /** Timers on the session's clock. */
  readonly timers: SessionTimers;
  /** Uniform random in [0, 1) for the retry jitter. */
  readonly random: () => number;
}

/**
 * Runs `refresh` after the token's `ttl` seconds, or after a jittered retry window when
 * `mode` says the last refresh failed. Returns a function that cancels it.
 */
export function scheduleTokenRefresh(
  clock: RefreshClock,
  ttlSeconds: number,
  refresh: () => void,
  mode: 'ttl' | keyof typeof RETRY_WINDOWS = 'ttl',
): () => void {
  let delay: number;
  // The timers clamp the delay to what setTimeout accepts.
  if (mode === 'ttl') delay = ttlSeconds * 1000;
  else {
    const [min, max] = RETRY_WINDOWS[mode];
    delay = min + Math.floor(clock.random() * (max - min));
  }
  const timer = clock.timers.setTimeout(refresh, delay);
  return () => clock.timers.clearTimeout(timer);
}
