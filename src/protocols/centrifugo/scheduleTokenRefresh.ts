/** Longest delay `setTimeout` accepts. */
const MAX_DELAY = 2 ** 31 - 1;

/** centrifuge-js retry windows after a failed refresh (spec §5): connection 5–10 s, subscription 10–20 s. */
const RETRY_WINDOWS = {
  'retry-connection': [5000, 10_000],
  'retry-subscription': [10_000, 20_000],
} as const;

/**
 * Runs `refresh` after the token's `ttl` seconds, or after a jittered retry window when
 * `mode` says the last refresh failed. Returns a function that cancels it.
 */
export function scheduleTokenRefresh(
  ttlSeconds: number,
  refresh: () => void,
  mode: 'ttl' | keyof typeof RETRY_WINDOWS = 'ttl',
): () => void {
  let delay: number;
  if (mode === 'ttl') delay = Math.min(ttlSeconds * 1000, MAX_DELAY);
  else {
    const [min, max] = RETRY_WINDOWS[mode];
    delay = min + Math.floor(Math.random() * (max - min));
  }
  const timer = setTimeout(refresh, delay);
  return () => clearTimeout(timer);
}
