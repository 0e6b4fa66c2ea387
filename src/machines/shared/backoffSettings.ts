import type { BackoffPolicy } from '../backoff/backoffPolicy.ts';

/** The backoff options a retrying machine takes in its input (both optional). */
export interface BackoffOptions {
  backoff?: BackoffPolicy | undefined;
  random?: (() => number) | undefined;
}

/** The backoff policy and random source a retrying machine keeps in its context. */
export interface BackoffSettings {
  backoff: BackoffPolicy;
  random: () => number;
}

/**
 * The backoff settings of an input: its policy and random source, or `fallback` and `Math.random`
 * for any that is absent or not callable, so a bad option never reaches a timer.
 */
export function backoffSettings(input: BackoffOptions | undefined, fallback: BackoffPolicy): BackoffSettings {
  return {
    backoff: typeof input?.backoff?.delay === 'function' ? input.backoff : fallback,
    random: typeof input?.random === 'function' ? input.random : Math.random,
  };
}
