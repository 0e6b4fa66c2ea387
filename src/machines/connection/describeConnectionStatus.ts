import type { ConnectionStatus } from './connection.selectors.ts';

/**
 * A one-line English sentence for a connection status at time `now` (ms since the epoch), the
 * text a reconnect banner shows: "Reconnecting in 3 s (attempt 2)", "Session ended: invalid
 * token". Pure, so a UI recomputes the countdown from `nextRetryAt` on every tick instead of
 * keeping a timer of its own. Apps with their own wording or language read the same fields.
 * @param status - from `selectConnectionStatus(snapshot)` or `session.status`.
 * @param now - the current time, e.g. `Date.now()`.
 */
export function describeConnectionStatus(status: ConnectionStatus, now: number): string {
  switch (status.state) {
    case 'idle':
      return 'Not connected';
    case 'connecting':
      return status.attempt > 0 ? `Connecting (attempt ${status.attempt})…` : 'Connecting…';
    case 'connected':
      return 'Connected';
    case 'reconnecting': {
      // A redirect or an immediate retry has no scheduled time to count down to.
      if (status.nextRetryAt === null) return 'Reconnecting…';
      const seconds = Math.max(0, Math.ceil((status.nextRetryAt - now) / 1000));
      return `Reconnecting in ${seconds} s (attempt ${status.attempt})`;
    }
    case 'closed':
      return `Session ended: ${status.lastReason ?? `code ${status.lastCode ?? 'unknown'}`}`;
  }
}
