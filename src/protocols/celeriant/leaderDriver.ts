import { fromCallback } from 'xstate';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import { identifyOf, resolveApiKey, type SessionCore, verdictOfServerError } from './sessionCore.ts';

/**
 * The connection machine's driver for Celeriant: `driver.open` points the pool at the target
 * (a redirect target, a seed, or the default node) and opens one identified connection; the
 * connection machine is `connected` once Identify succeeds. Identify errors are classified
 * (10001 refresh, 10002/10005/10006 close, spec §1.7) and sent as verdicts.
 */
export function createLeaderDriver(core: SessionCore) {
  return fromCallback<ConnectionDriverCommand>(({ sendBack, receive }) => {
    let round = 0;
    receive((command) => {
      round++;
      if (command.type === 'driver.close') {
        core.pool.closeAll(command.reason);
        return;
      }
      const mine = round;
      const target = command.target ?? core.defaultTarget(command.attempt);
      void (async () => {
        let apiKey: string | undefined;
        try {
          apiKey = await resolveApiKey(core, command.freshCredentials);
        } catch (error) {
          if (mine === round)
            sendBack({ type: 'transport.error', reason: `apiKey callback failed: ${String(error)}` });
          return;
        }
        core.pool.setIdentify(identifyOf(apiKey));
        core.pool.retarget(target);
        const checkout = await core.pool.warm();
        if (mine !== round) return; // a newer command superseded this open
        if (checkout.ok) {
          sendBack({ type: 'transport.connected' });
          return;
        }
        const { failure } = checkout;
        if (failure.type === 'server-error') {
          const verdict = verdictOfServerError(core, failure.error);
          if (verdict.scope === 'connection') {
            sendBack({ type: 'server.verdict', verdict });
            return;
          }
          sendBack({ type: 'transport.error', reason: `identify refused: ${failure.error.code}` });
          return;
        }
        sendBack({
          type: 'transport.error',
          reason: failure.type === 'transport' ? failure.reason : 'identify failed',
        });
      })();
    });
    return () => core.pool.closeAll('session stopped');
  });
}
