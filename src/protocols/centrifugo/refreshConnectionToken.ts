import type { CentrifugoSignal, Verdict } from '../../codes/types.ts';
import { unauthorizedConnection } from './clientVerdict.ts';
import type { CommandLink } from './createCommandLink.ts';
import type { ConnectionToken } from './createConnectionToken.ts';
import { type RefreshClock, type RefreshStreak, scheduleTokenRefresh } from './scheduleTokenRefresh.ts';
import { sendTokenRefresh } from './sendTokenRefresh.ts';

/** What a connection token refresh needs from the driver. */
export interface RefreshDeps {
  /** The session's timers and random source. */
  clock: RefreshClock;
  token: ConnectionToken;
  link: CommandLink;
  timeout: number;
  /** The connection's refresh pacing; it outlives sockets, so a reconnect does not reset it. */
  streak: RefreshStreak;
  classify(signal: CentrifugoSignal): Verdict;
  report(verdict: Verdict): void;
  /** False once the socket this refresh belongs to is gone. */
  isCurrent(): boolean;
  /** Keeps the function that cancels the pending refresh. */
  setStop(stop: () => void): void;
}

/**
 * Schedules a connection token refresh (`refresh` command, spec §4): after `ttl` seconds (at least
 * 1 s, backing off while tokens keep expiring at once), or after 5–10 s when retrying. `UnauthorizedError` or an empty token closes; other `getToken` failures
 * and retryable reply errors retry; a reply error whose verdict is `close` closes.
 */
export function scheduleConnectionRefresh(deps: RefreshDeps, ttlSeconds: number, retry = false): void {
  const run = () => void refresh(deps);
  deps.setStop(
    scheduleTokenRefresh(deps.clock, ttlSeconds, run, deps.streak, retry ? 'retry-connection' : 'ttl'),
  );
}

async function refresh(deps: RefreshDeps): Promise<void> {
  const readiness = await deps.token.renew();
  if (!deps.isCurrent()) return;
  if (readiness === 'unauthorized') return deps.report(unauthorizedConnection());
  if (readiness === 'failed') return scheduleConnectionRefresh(deps, 0, true);
  sendTokenRefresh(deps.link, {
    method: 'refresh',
    body: { token: deps.token.value },
    timeout: deps.timeout,
    during: 'refresh',
    endsWith: 'close',
    classify: deps.classify,
    isCurrent: deps.isCurrent,
    end: deps.report,
    renewIn: (ttl) => scheduleConnectionRefresh(deps, ttl),
    retry: () => scheduleConnectionRefresh(deps, 0, true),
  });
}
