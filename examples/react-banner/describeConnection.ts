import type { ConnectionStatus } from '../../src/machines/index.ts';

/**
 * The banner's sentence for a connection status at time `now` (ms). Pure, so the countdown is
 * recomputed from `nextRetryAt` on every tick instead of being kept as state of its own.
 */
export function describeConnection(status: ConnectionStatus, now: number): string {
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
