import { fromCallback } from 'xstate';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import { createSocketGenerations } from '../../machines/driver/socketGenerations.ts';
import { identifyOf, resolveApiKey, type SessionCore, verdictOfServerError } from './sessionCore.ts';

/**
 * The connection machine's driver for Celeriant: `driver.open` points the pool at the target
 * (a redirect target, a seed, or the default node) and opens one identified connection; the
 * connection machine is `connected` once Identify succeeds. Identify errors are classified
 * (10001 refresh, 10002/10005/10006 close, spec §1.7) and sent as verdicts. The "socket" of the
 * driver contract is the pool: one generation per open, one reported end (an Identify error, a
 * dead node, or what a request or watch reported through `core.report`), and `driver.close` is
 * the one place the pool is closed.
 */
export function createLeaderDriver(core: SessionCore) {
  return fromCallback<ConnectionDriverCommand>(({ sendBack, receive }) => {
    const gens = createSocketGenerations(sendBack);
    core.report = (end) =>
      void (end.type === 'server.verdict'
        ? gens.report(gens.current, end.verdict)
        : gens.end(gens.current, end));
    receive((command) => {
      if (command.type === 'driver.close') {
        if (gens.close()) core.pool.closeAll(command.reason);
        return;
      }
      if (gens.close()) core.pool.closeAll('reopened');
      const gen = gens.open();
      const target = command.target ?? core.defaultTarget(command.attempt);
      void (async () => {
        let apiKey: string | undefined;
        try {
          apiKey = await resolveApiKey(core, command.freshCredentials);
        } catch (error) {
          gens.end(gen, { type: 'transport.error', reason: `apiKey callback failed: ${String(error)}` });
          return;
        }
        if (!gens.isCurrent(gen)) return; // a newer command superseded this open
        core.pool.setIdentify(identifyOf(apiKey));
        core.pool.retarget(target);
        const checkout = await core.pool.warm();
        if (!gens.isCurrent(gen)) return;
        if (checkout.ok) return sendBack({ type: 'transport.connected' });
        const { failure } = checkout;
        if (failure.type === 'server-error') {
          const verdict = verdictOfServerError(core, failure.error);
          if (verdict.scope === 'connection') return void gens.report(gen, verdict);
          return void gens.end(gen, {
            type: 'transport.error',
            reason: `identify refused: ${failure.error.code}`,
          });
        }
        const reason = failure.type === 'transport' ? failure.reason : 'identify failed';
        gens.end(gen, { type: 'transport.error', reason });
      })();
    });
    return () => {
      core.report = () => {};
      if (gens.close()) core.pool.closeAll('session stopped');
    };
  });
}
