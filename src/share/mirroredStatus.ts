import type { ConnectionStatus } from '../machines/connection/connection.selectors.ts';
import type { ConnectionState } from '../machines/connection/connection.types.ts';

/** What a tab shows before any leader spoke: not connected. */
export const IDLE_STATUS: ConnectionStatus = Object.freeze({
  state: 'idle',
  phase: null,
  attempt: 0,
  nextRetryAt: null,
  lastCode: null,
  lastReason: null,
  rule: null,
  terminal: false,
  canRetryNow: false,
  redirectTarget: null,
});

/** States in which the shared connection is wanted: a new leader reconnects from them. */
export const ACTIVE_STATES: ReadonlySet<ConnectionState> = new Set([
  'connecting',
  'connected',
  'reconnecting',
]);

/** The status after this tab's `stop()`: closed for good (as an ordinary session's). */
export function stoppedShareStatus(base: ConnectionStatus): ConnectionStatus {
  return {
    ...base,
    state: 'closed',
    phase: null,
    nextRetryAt: null,
    terminal: true,
    canRetryNow: false,
    redirectTarget: null,
    rule: 'stopped',
    lastReason: 'session stopped',
  };
}

/** A random id for a tab. */
export function randomTabId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return typeof crypto?.randomUUID === 'function'
    ? crypto.randomUUID()
    : `tab-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}
