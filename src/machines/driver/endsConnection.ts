import type { Verdict } from '../../codes/types.ts';

/** The verdict actions the connection machine leaves `connecting` or `connected` for. */
const ENDING_ACTIONS: ReadonlySet<Verdict['action']> = new Set([
  'close',
  'refresh-token',
  'redirect',
  'reconnect',
]);

/**
 * Whether the connection machine ends the current socket for this verdict (it reads only the
 * action, as its guards do). Drivers use it to tell a socket's end from an informational verdict.
 */
export function endsConnection(verdict: Verdict): boolean {
  return ENDING_ACTIONS.has(verdict.action);
}
