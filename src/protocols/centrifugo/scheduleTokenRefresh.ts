import type { SessionTimers } from '../shared/sessionTimers.ts';

/** centrifuge-js retry windows after a failed refresh (spec §5): connection 5–10 s, subscription 10–20 s. */
const RETRY_WINDOWS = {
  'retry-connection': [5000, 10_000],
  'retry-subscription': [10_000, 20_000],
} as const;

/**
 * Shortest wait before a token refresh, ms. A token that expires at once (`expires: true, ttl: 0`)
 * would otherwise be refreshed in a loop (hundreds of `getToken` calls a second).
 */
export const MIN_REFRESH_DELAY = 1000;
/** Longest wait the backoff for repeated immediate expiry reaches, ms. */
export const MAX_REFRESH_BACKOFF = 60_000;

/** Counts the tokens in a row that expired at once (ttl under the floor); one per connection or subscription. */
export interface RefreshStreak {
  shortTtls: number;
}

/**
 * The wait before refreshing a token that expires in `ttlSeconds`: the ttl itself, but at least
 * {@link MIN_REFRESH_DELAY}, doubling for each token in a row that expired at once (1 s, 2 s, 4 s …
 * up to {@link MAX_REFRESH_BACKOFF}). A ttl of a second or more ends the streak.
 */
export function refreshDelay(ttlSeconds: number, streak: RefreshStreak): number {
  const ms = ttlSeconds * 1000;
  if (ms >= MIN_REFRESH_DELAY) {
    streak.shortTtls = 0;
    return ms;
  }
  const delay = Math.min(MIN_REFRESH_DELAY * 2 ** streak.shortTtls, MAX_REFRESH_BACKOFF);
  streak.shortTtls++;
  return delay;
}

/** The session's clock and random source, as the driver holds them. */
export interface RefreshClock {
  /** Timers on the session's clock. */
  readonly timers: SessionTimers;
  /** Uniform random in [0, 1) for the retry jitter. */
  readonly random: () => number;
}

/**
 * Runs `refresh` after the token's `ttl` seconds (paced by {@link refreshDelay} and `streak`), or
 * after a jittered retry window when `mode` says the last refresh failed. Returns a function that
 * cancels it.
 */
export function scheduleTokenRefresh(
  clock: RefreshClock,
  ttlSeconds: number,
  refresh: () => void,
  streak: RefreshStreak,
  mode: 'ttl' | keyof typeof RETRY_WINDOWS = 'ttl',
): () => void {
  let delay: number;
  // The timers clamp the delay to what setTimeout accepts.
  if (mode === 'ttl') delay = refreshDelay(ttlSeconds, streak);
  else {
    const [min, max] = RETRY_WINDOWS[mode];
    delay = min + Math.floor(clock.random() * (max - min));
  }
  const timer = clock.timers.setTimeout(refresh, delay);
  return () => clock.timers.clearTimeout(timer);
}
