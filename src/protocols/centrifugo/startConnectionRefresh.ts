import type { CommandLink } from './createCommandLink.ts';
import type { DriverCore } from './DriverCore.ts';
import { scheduleConnectionRefresh } from './refreshConnectionToken.ts';

/**
 * Starts the connection token refresh of the socket that just connected (its connect reply said
 * the token `expires` in `ttl` seconds). The refresh runs on `link` and stops with the socket:
 * `releaseSocket` calls the stop it keeps, and a refresh that outlived its socket does nothing.
 */
export function startConnectionRefresh(core: DriverCore, link: CommandLink, ttl: number): void {
  const { gens, ctx, socket } = core;
  const gen = gens.current;
  const setStop = (stop: () => void) => {
    socket.stopRefresh = stop;
  };
  const isCurrent = () => gens.isCurrent(gen);
  scheduleConnectionRefresh(
    {
      clock: ctx,
      token: core.token,
      link,
      timeout: ctx.timeout,
      streak: core.refreshStreak,
      classify: ctx.classify,
      report: ctx.report,
      setStop,
      isCurrent,
    },
    ttl,
  );
}
