import type { Verdict } from '../../codes/types.ts';
import type { BackoffPolicy } from '../backoff/backoffPolicy.ts';
import type { VerdictSummary } from '../shared/verdictSummary.ts';

/** Input of the request machine; every field is optional. */
export interface RequestInput {
  /** Sends in total, first one included (default 4: the first send and three retries). */
  maxAttempts?: number;
  /** Overall deadline from start, ms (default 30000, the Celeriant pools' request timeout; 0 = none). */
  deadline?: number;
  /** Redirects followed in a row before backing off (default 3). */
  maxRedirects?: number;
  /** Retry delay policy (default `exponentialBackoff`: 100 ms doubling + 0–49 ms). */
  backoff?: BackoffPolicy;
  /** Uniform random source in [0, 1) (default `Math.random`). */
  random?: () => number;
}

/** How a request ended. */
export type RequestOutcome =
  /** the server answered */
  | 'ok'
  /** the server says it already happened (e.g. Celeriant 2002): treat as done */
  | 'already-done'
  /** optimistic-concurrency conflict: re-read, decide, send with a new sequence */
  | 'conflict'
  /** permanent failure */
  | 'fail'
  /** `maxAttempts` sends without an answer */
  | 'attempts-exhausted'
  /** the overall deadline passed */
  | 'deadline'
  /** the app cancelled */
  | 'cancelled';

/** Context of the request machine (JSON apart from `backoff.delay` and `random`). */
export interface RequestContext {
  /** Sends so far. */
  attempts: number;
  /** Waits scheduled so far (the backoff step). */
  waits: number;
  /** Where the next send goes; null = the driver's default (leader cache or address). */
  target: string | null;
  /** Redirects followed since the last wait. */
  redirects: number;
  /** Absolute clock time (ms) of the next send, or null. */
  nextRetryAt: number | null;
  /** The current wait, ms. */
  retryDelay: number;
  /** Why the machine is where it is. */
  lastVerdict: VerdictSummary | null;
  /** The outcome once final, else null. */
  outcome: RequestOutcome | null;
  /** The server's details for `conflict` / `fail` (parsed server data, never credentials). */
  details: unknown;
  /** The reply value of `reply.ok`, if any. */
  result: unknown;
  /** Settings. */
  maxAttempts: number;
  /** Settings. */
  deadline: number;
  /** Settings. */
  maxRedirects: number;
  /** The backoff policy (serialises as `{ name }`). */
  backoff: BackoffPolicy;
  /** The random source (left out when serialised). */
  random: () => number;
}

/** Commands the request machine sends to its `driver`. */
export type RequestDriverCommand = {
  type: 'driver.send';
  /** 0 for the first send; the driver resends the same request (same client sequence) on retries. */
  attempt: number;
  /** Redirect target; absent = the driver's default. */
  target?: string;
};

/** Events the driver or the app send to a request machine. */
export type RequestEvent =
  | { type: 'reply.ok'; result?: unknown }
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'transport.error'; reason: string }
  | { type: 'retryNow' }
  | { type: 'cancel' };

/** What a finished request actor outputs. */
export interface RequestOutput {
  /** How it ended. */
  outcome: RequestOutcome;
  /** Sends made. */
  attempts: number;
  /** The last verdict, if any. */
  lastVerdict: VerdictSummary | null;
  /** Server details (`conflict`, `fail`). */
  details: unknown;
  /** The reply value (`ok`). */
  result: unknown;
}
