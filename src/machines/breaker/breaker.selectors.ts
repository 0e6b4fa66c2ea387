import type { SnapshotFrom } from 'xstate';
import type { circuitBreakerMachine } from './breaker.machine.ts';
import type { BreakerState } from './breaker.types.ts';

/** The status of a circuit breaker, for callers deciding whether to send and for dashboards. */
export interface BreakerStatus {
  /** `closed`, `open` or `half-open`. */
  state: BreakerState;
  /** Whether a request may be sent now (closed, or half-open with a trial left). */
  allowsRequest: boolean;
  /** Consecutive retry-class failures counted. */
  failures: number;
  /** When an open circuit turns half-open (absolute clock ms), or null. */
  openUntil: number | null;
  /** The rule of the last counted failure, or null. */
  rule: string | null;
  /** The code of the last counted failure, or null. */
  lastCode: number | null;
}

/** Derives the {@link BreakerStatus} from a circuit-breaker snapshot. */
export function selectBreakerStatus(snapshot: SnapshotFrom<typeof circuitBreakerMachine>): BreakerStatus {
  const state = snapshot.value as BreakerState;
  const { context } = snapshot;
  return {
    state,
    allowsRequest: state === 'closed' || (state === 'half-open' && context.trials < context.halfOpenTrials),
    failures: context.failures,
    openUntil: state === 'open' ? context.openUntil : null,
    rule: context.lastVerdict?.rule ?? null,
    lastCode: context.lastVerdict?.code ?? null,
  };
}
