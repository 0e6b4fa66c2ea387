import type { SnapshotFrom } from 'xstate';
import type { requestMachine } from './request.machine.ts';
import type { RequestOutcome } from './request.types.ts';

/** The public states of the request machine (`deciding` is transient and never rests). */
export type RequestState = 'pending' | 'waiting' | 'redirecting' | 'succeeded' | 'failed';

/** The status of one request. */
export interface RequestStatus {
  /** Current state. */
  state: RequestState;
  /** Sends so far. */
  attempts: number;
  /** Absolute clock time (ms) of the next send while waiting, or null. */
  nextRetryAt: number | null;
  /** How it ended, or null while running. */
  outcome: RequestOutcome | null;
  /** Rule of the last verdict, or null. */
  rule: string | null;
  /** Code of the last verdict, or null. */
  lastCode: number | null;
  /** Where the next send goes, or null for the driver's default. */
  target: string | null;
}

/** Derives the {@link RequestStatus} from a request snapshot. */
export function selectRequestStatus(snapshot: SnapshotFrom<typeof requestMachine>): RequestStatus {
  const state = snapshot.value as RequestState;
  const { context } = snapshot;
  return {
    state,
    attempts: context.attempts,
    nextRetryAt: state === 'waiting' ? context.nextRetryAt : null,
    outcome: context.outcome,
    rule: context.lastVerdict?.rule ?? null,
    lastCode: context.lastVerdict?.code ?? null,
    target: context.target,
  };
}
