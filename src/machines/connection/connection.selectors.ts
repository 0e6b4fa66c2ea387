import type { SnapshotFrom } from 'xstate';
import { childState, topState } from '../shared/topState.ts';
import type { connectionMachine } from './connection.machine.ts';
import type { ConnectionState } from './connection.types.ts';

/** A snapshot of the connection machine. */
export type ConnectionSnapshot = SnapshotFrom<typeof connectionMachine>;

/** The UI model of a connection: everything a banner, a countdown and a "retry now" button need. */
export interface ConnectionStatus {
  /** Top-level state (public API). */
  state: ConnectionState;
  /** Child state: `backoff`, `redirecting`, `watching`, `unwatched`, or null. */
  phase: string | null;
  /** Backoff waits since the last successful connect. */
  attempt: number;
  /** Absolute clock time (ms) of the next connect, or null when none is scheduled. */
  nextRetryAt: number | null;
  /** Last server code, or null (client-side causes have none). */
  lastCode: number | null;
  /** Last reason text, or null. */
  lastReason: string | null;
  /** The catalog row or rule behind the current state, or null. */
  rule: string | null;
  /** True in `closed`: nothing happens until the app calls `connect()`. */
  terminal: boolean;
  /** True while a wait can be skipped with `retryNow()`. */
  canRetryNow: boolean;
  /** Where the next connect goes (redirect target or seed), or null for the default address. */
  redirectTarget: string | null;
}

/** Derives the {@link ConnectionStatus} from a connection snapshot. Pure; cheap enough for every render. */
export function selectConnectionStatus(snapshot: ConnectionSnapshot): ConnectionStatus {
  const state = topState<ConnectionState>(snapshot.value);
  const phase = childState(snapshot.value);
  const { context } = snapshot;
  return {
    state,
    phase,
    attempt: context.attempt,
    nextRetryAt: phase === 'backoff' ? context.nextRetryAt : null,
    lastCode: context.lastVerdict?.code ?? null,
    lastReason: context.lastVerdict?.reason ?? null,
    rule: context.lastVerdict?.rule ?? null,
    terminal: state === 'closed',
    canRetryNow: state === 'reconnecting',
    redirectTarget: context.redirectTarget,
  };
}
