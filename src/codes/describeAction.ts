import type { Action, Scope } from './types.ts';

const SESSION_DOES: Record<Action, string> = {
  reconnect: 'drops the connection, backs off, connects again',
  close: 'closes for good; stays closed until the app calls connect()',
  'refresh-token': 'fetches fresh credentials, then tries again (a second failure in a row closes)',
  redirect: 'goes to the leader named in the error now (seeds when none is named)',
  resubscribe: 'moves the subscription back to subscribing and resubscribes with backoff',
  unsubscribe: 'ends this subscription only; the connection stays up',
  retry: 'backs off and resends the same request with the same client sequence',
  succeed: 'treats the request as done',
  conflict: 'hands the conflict to the caller: re-read, decide again, new client sequence',
  fail: 'fails the request for good; no retry',
  ignore: 'changes nothing; informational',
};

/**
 * What a session does for a verdict, in one plain sentence (for docs, the CLI and UIs).
 * @param scope - the verdict's scope.
 * @param action - the verdict's action.
 */
export function describeAction(scope: Scope, action: Action): string {
  const does = SESSION_DOES[action];
  return scope === 'none' ? does : `${scope}: ${does}`;
}
