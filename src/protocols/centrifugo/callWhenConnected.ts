import type { ConnectedWait, WhenConnectedOptions } from '../shared/whenConnected.ts';
import { CentrifugoCallError, timeoutError } from './CentrifugoCallError.ts';
import type { CentrifugoDriver } from './CentrifugoDriver.ts';
import type { ReplyFrame } from './createCommandLink.ts';

/** The session core's wait for the connection (`SessionCore.whenConnected`). */
export type WaitForConnection = (options: Omit<WhenConnectedOptions, 'timers'>) => Promise<ConnectedWait>;

/**
 * Sends a command once the connection is up, as centrifuge-js does: waits up to `timeout` (on the
 * session's clock) for `connected`, fails at once when the session is idle or closed, and
 * classifies server errors.
 */
export function callWhenConnected(
  wait: WaitForConnection,
  driver: CentrifugoDriver,
  timeout: number,
  method: string,
  body: Record<string, unknown>,
): Promise<ReplyFrame> {
  return new Promise((resolve, reject) => {
    const send = () =>
      driver.call(method, body, (outcome) => {
        if (outcome.type === 'reply') return resolve(outcome);
        if (outcome.origin === 'server') {
          outcome.verdict = driver.classify({
            protocol: 'centrifugo',
            kind: 'error',
            during: 'call',
            code: outcome.code,
            message: outcome.message,
            temporary: outcome.temporary,
          });
        }
        reject(outcome);
      });
    if (send()) return;
    void wait({ timeout }).then((result) => {
      if (result === 'timeout') return reject(timeoutError());
      if (result === 'ready' && send()) return;
      reject(new CentrifugoCallError(3, 'client disconnected', false, 'closed'));
    });
  });
}
