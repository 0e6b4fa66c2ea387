import type { ActorRefFrom } from 'xstate';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import { CentrifugoCallError, timeoutError } from './CentrifugoCallError.ts';
import type { CentrifugoDriver } from './CentrifugoDriver.ts';
import type { ReplyFrame } from './createCommandLink.ts';

/**
 * Sends a command once the connection is up, as centrifuge-js does: waits up to `timeout` for
 * `connected`, fails at once when the session is idle or closed, and classifies server errors.
 */
export function callWhenConnected(
  actor: ActorRefFrom<typeof connectionMachine>,
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
    const state = actor.getSnapshot();
    if (state.matches('idle') || state.matches('closed')) {
      return reject(new CentrifugoCallError(3, 'client disconnected', false, 'closed'));
    }
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(timeoutError());
    }, timeout);
    const subscription = actor.subscribe((snapshot) => {
      if (!snapshot.matches('connected') && !snapshot.matches('idle') && !snapshot.matches('closed')) return;
      clearTimeout(timer);
      subscription.unsubscribe();
      if (send()) return;
      reject(new CentrifugoCallError(3, 'client disconnected', false, 'closed'));
    });
  });
}
