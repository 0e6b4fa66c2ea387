import { classifyLocal, type LocalRows } from '../classifyLocal.ts';
import type { Action, CeleriantRescopeSignal, Verdict } from '../types.ts';

/** The actions the request machine acts on; a request verdict with any other cannot be waited out. */
const REQUEST_ACTIONS: ReadonlySet<Action> = new Set(['succeed', 'conflict', 'fail', 'redirect', 'retry']);

/** The `server-*` row a watch takes for a cause of another scope: ends or not, new key or not. */
function watchRow(cause: Partial<Verdict>): string {
  const terminal = cause.action === 'close' || cause.action === 'fail';
  const credentials = cause.action === 'refresh-token' || cause.clearToken === true;
  if (terminal)
    return credentials ? 'celeriant.watch.server-fail-credentials' : 'celeriant.watch.server-fail';
  return credentials ? 'celeriant.watch.server-credentials' : 'celeriant.watch.server-error';
}

/**
 * Carries a server verdict to a watch or a request (see {@link CeleriantRescopeSignal}). A cause
 * that already fits is returned as it is; any other gets a catalog row, so the decision of what a
 * watch or a request does with, say, an auth error or a fan-out answer is made here only.
 * @param rows - the Celeriant local rows.
 * @param signal - the scope wanted and the server's verdict.
 */
export function rescopeCeleriant(rows: LocalRows, signal: CeleriantRescopeSignal): Verdict {
  const cause: Partial<Verdict> =
    typeof signal.cause === 'object' && signal.cause !== null ? signal.cause : {};
  const action = cause.action as Action;
  let rule: string;
  if (signal.scope === 'request') {
    if (cause.scope === 'request' && REQUEST_ACTIONS.has(action)) return signal.cause;
    rule = 'celeriant.request.server-fail';
  } else {
    if (cause.scope === 'subscription') return signal.cause;
    rule = watchRow(cause);
  }
  const reason = signal.reason;
  return classifyLocal(rows, {
    protocol: 'celeriant',
    kind: 'local',
    rule,
    ...(reason === undefined ? {} : { reason }),
    cause: signal.cause,
  });
}
