import type { Verdict } from '../../../codes/types.ts';
import type { CeleriantResponse } from '../../../frames/celeriant/index.ts';
import type { BackoffPolicy } from '../../../machines/backoff/backoffPolicy.ts';
import type { VerdictSummary } from '../../../machines/shared/verdictSummary.ts';

/** Input of the request machine; every field is optional. */
export interface RequestInput {
  /** Sends in total, redirects included (default 8). */
  maxAttempts?: number;
  /** Redirects followed in one round before backing off (default 3): ends A→B→A loops. */
  maxRedirectHops?: number;
  /** Delay before a retry (default `celeriantRetryBackoff`). */
  backoff?: BackoffPolicy;
  /** Uniform random source in [0, 1). */
  random?: () => number;
  /** Overall deadline, ms (default 30000, the official clients' request timeout; 0 = none). */
  deadline?: number;
}

/** Context of the request machine (JSON apart from `backoff.delay`, `random` and the response). */
export interface RequestContext {
  /** Sends so far. */
  attempt: number;
  /** Backoff waits so far (the backoff policy's attempt number). */
  waits: number;
  /** Redirects followed in the current round; never above `maxRedirectHops`. */
  hops: number;
  /** The current backoff wait, ms. */
  retryDelay: number;
  /** Why the machine is where it is. */
  lastVerdict: VerdictSummary | null;
  /** The full verdict that ended the request (succeed, conflict, fail), for the caller. */
  verdict: Verdict | null;
  /** The response of a successful send. */
  response: CeleriantResponse | null;
  /** Why the request failed, when it did. */
  failure: 'rejected' | 'exhausted' | 'deadline' | 'closed' | null;
  maxAttempts: number;
  maxRedirectHops: number;
  deadline: number;
  backoff: BackoffPolicy;
  random: () => number;
}

/** Commands the request machine sends to its `driver` actor. */
export type RequestDriverCommand =
  /** Send the request (the same request every time: same client sequence). */
  | { type: 'driver.send'; attempt: number }
  /** Follow a redirect: move the session's leader to `verdict.target` (or the seeds). */
  | { type: 'driver.redirect'; verdict: Verdict };

/** Events the driver sends to the request machine. */
export type RequestEvent =
  | { type: 'reply.ok'; response: CeleriantResponse }
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'transport.error'; reason: string }
  | { type: 'cancel'; reason: string };

/** Top-level states of the request machine. */
export type RequestState = 'pending' | 'waiting' | 'redirecting' | 'succeeded' | 'failed';
