import type { SnapshotFrom } from 'xstate';
import { type RetryStatus, selectRetryStatus } from '../shared/retryStatus.ts';
import type { connectionMachine } from './connection.machine.ts';
import type { ConnectionState } from './connection.types.ts';

/** A snapshot of the connection machine. */
export type ConnectionSnapshot = SnapshotFrom<typeof connectionMachine>;

/** The UI model of a connection: everything a banner, a countdown and a "retry now" button need. */
export interface ConnectionStatus extends RetryStatus<ConnectionState> {
  /** Child state: `backoff`, `redirecting`, `watching`, `unwatched`, or null. */
  phase: string | null;
  /** True in `closed`: nothing happens until the app calls `connect()`. */
  terminal: boolean;
  /** True while a wait can be skipped with `retryNow()`. */
  canRetryNow: boolean;
  /** Where the next connect goes (redirect target or seed), or null for the default address. */
  redirectTarget: string | null;
}

/** Derives the {@link ConnectionStatus} from a connection snapshot. Pure; cheap enough for every render. */
export function selectConnectionStatus(snapshot: ConnectionSnapshot): ConnectionStatus {
  const status = selectRetryStatus<ConnectionState>(snapshot);
  return {
    ...status,
    terminal: status.state === 'closed',
    canRetryNow: status.state === 'reconnecting',
    redirectTarget: snapshot.context.redirectTarget,
  };
}
