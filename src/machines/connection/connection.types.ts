import type { Verdict } from '../../codes/types.ts';
import type { BackoffPolicy } from '../backoff/backoffPolicy.ts';
import type { BrowserFactEvent } from '../browser/browserFacts.ts';
import type { VerdictSummary } from '../shared/verdictSummary.ts';

/** Input of the connection machine; every field is optional. */
export interface ConnectionInput {
  /** Reconnect delay policy (default `spreadBackoff`). */
  backoff?: BackoffPolicy;
  /** Uniform random source in [0, 1) for the backoff (default `Math.random`); seed it for simulations. */
  random?: () => number;
  /** Give up on one connect attempt after this many ms (default 10000; 0 = no timeout). */
  connectTimeout?: number;
  /** Reconnect when no frame arrives for this many ms while connected (default 0 = off). */
  livenessTimeout?: number;
  /** Redirects followed in a row before falling back to backoff (default 3). */
  maxRedirectHops?: number;
  /** Targets to try when a redirect names no target or its target is unreachable. */
  seeds?: readonly string[];
  /** Consecutive `refresh-token` verdicts that close the connection (default 2: the second closes). */
  maxAuthFailures?: number;
}

/**
 * Context of the connection machine. JSON-serialisable apart from `backoff.delay` and `random`,
 * which serialise away; it never holds tokens or other credentials.
 */
export interface ConnectionContext {
  /** Backoff waits scheduled since the last successful connect (or `connect()`). */
  attempt: number;
  /** Absolute time (clock ms) of the next scheduled connect, or null when none is scheduled. */
  nextRetryAt: number | null;
  /** The current backoff wait, ms (0 when none). */
  retryDelay: number;
  /** Skip the next backoff wait (set by a verdict with `immediate`). */
  immediate: boolean;
  /** Why the machine is where it is. */
  lastVerdict: VerdictSummary | null;
  /** Where the next (or current) connect goes; null = the driver's default address. */
  redirectTarget: string | null;
  /** Redirects followed in this round; reset when a backoff wait ends or a connect succeeds. */
  redirectHops: number;
  /** Index of the next seed to fall back to. */
  seedCursor: number;
  /** Consecutive `refresh-token` verdicts. */
  authFailures: number;
  /** Whether the next `driver.open` must fetch fresh credentials. */
  freshCredentials: boolean;
  /** Liveness watchdog, ms (0 = off). */
  livenessTimeout: number;
  /** Connect timeout, ms (0 = off). */
  connectTimeout: number;
  /** Redirect hop cap. */
  maxRedirectHops: number;
  /** Fallback targets. */
  seeds: readonly string[];
  /** Consecutive auth failures that close. */
  maxAuthFailures: number;
  /** The backoff policy (serialises as `{ name }`). */
  backoff: BackoffPolicy;
  /** The random source (left out when serialised). */
  random: () => number;
}

/** Commands the connection machine sends to its `driver` actor. */
export type ConnectionDriverCommand =
  | {
      type: 'driver.open';
      /** Redirect target or seed; absent = the driver's default address. */
      target?: string;
      /** Which attempt this is (0 = first since the last success). */
      attempt: number;
      /** Fetch new credentials before connecting. */
      freshCredentials: boolean;
    }
  | { type: 'driver.close'; reason: string };

/** Events a driver, an app or the browser send to the connection machine. */
export type ConnectionEvent =
  | { type: 'transport.connected'; livenessTimeout?: number }
  | { type: 'transport.error'; reason: string }
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'activity' }
  | { type: 'connect' }
  | { type: 'disconnect' }
  | { type: 'retryNow' }
  | BrowserFactEvent;

/** The public top-level states of the connection machine. */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';
