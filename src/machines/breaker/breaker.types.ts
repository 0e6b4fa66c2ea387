import type { Verdict } from '../../codes/types.ts';
import type { VerdictSummary } from '../shared/verdictSummary.ts';

/** Input of the circuit-breaker machine; every field is optional. */
export interface BreakerInput {
  /** Consecutive retry-class failures that open the circuit (default 5). */
  failureThreshold?: number;
  /** How long the circuit stays open before a trial, ms (default 30000). */
  openTimeout?: number;
  /** Requests let through while half-open (default 1). */
  halfOpenTrials?: number;
}

/** Context of the circuit-breaker machine (plain JSON). */
export interface BreakerContext {
  /** Consecutive retry-class failures while closed. */
  failures: number;
  /** Trial requests sent while half-open. */
  trials: number;
  /** Absolute clock time (ms) when an open circuit turns half-open, or null. */
  openUntil: number | null;
  /** The failure that last opened the circuit, or the last counted one. */
  lastVerdict: VerdictSummary | null;
  /** Settings. */
  failureThreshold: number;
  /** Settings. */
  openTimeout: number;
  /** Settings. */
  halfOpenTrials: number;
}

/**
 * Events of the circuit breaker. Report every request's fate: `request.sent` before sending, then
 * `request.ok`, `server.verdict` or `transport.error`. Only `retry` verdicts and transport errors count
 * as failures (the service is struggling); `succeed` counts as success; `fail`, `conflict` and the rest
 * say nothing about the service's health and are neutral.
 */
export type BreakerEvent =
  | { type: 'request.sent' }
  | { type: 'request.ok' }
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'transport.error'; reason: string }
  | { type: 'reset' };

/** The public states of the circuit breaker. */
export type BreakerState = 'closed' | 'open' | 'half-open';
