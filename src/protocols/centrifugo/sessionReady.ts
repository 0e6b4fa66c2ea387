import type { SessionCore } from '../shared/createSessionCore.ts';
import { CentrifugoCallError, timeoutError } from './CentrifugoCallError.ts';

/** centrifuge-js's `clientDisconnected` (3) for `ready()`: the session is not going to connect. */
export const clientDisconnectedError = (): CentrifugoCallError =>
  new CentrifugoCallError(3, 'client disconnected: call connect() first', false, 'closed');

/**
 * `session.ready(timeout)`, as centrifuge-js: resolves once `connected` (at once if it is); rejects
 * with code 3 (`client disconnected`) when the session is or becomes `idle` or `closed`, and with
 * code 1 after `timeout` ms on the session's clock (0 or absent: no limit).
 */
export async function sessionReady(
  // biome-ignore lint/suspicious/noExplicitAny: any session's core
  core: SessionCore<any, any>,
  timeout = 0,
): Promise<void> {
  const result = await core.whenConnected(Number.isFinite(timeout) ? { timeout } : {});
  if (result === 'ready') return;
  if (result === 'timeout') throw timeoutError();
  throw clientDisconnectedError();
}
