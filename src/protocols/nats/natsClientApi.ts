import type { SessionCore } from '../shared/createSessionCore.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import { NatsError } from './natsError.ts';
import type { NatsLink } from './natsLink.ts';
import type { NatsSession, NatsSessionEvents, NatsStats, NatsStatus } from './natsSessionTypes.ts';

/** The nats.js client methods of a session: `flush`, `rtt`, `stats` and `reconnect`. */
export function natsClientApi(
  core: SessionCore<NatsStatus, NatsSessionEvents>,
  link: NatsLink,
  clock: SessionTimers,
  stats: NatsStats,
): Pick<NatsSession, 'flush' | 'rtt' | 'stats' | 'reconnect'> {
  return {
    async flush() {
      core.assertLive('flush');
      return link.flush();
    },
    async rtt() {
      core.assertLive('rtt');
      const start = clock.now();
      if (!(await link.flush()))
        throw new NatsError('disconnected', 'Not connected: no round trip to measure.');
      return clock.now() - start;
    },
    stats: () => ({ ...stats }),
    async reconnect() {
      core.assertLive('reconnect');
      if (link.connected) {
        link.reportLocal(link.generation, 'nats.client.reconnect', 'reconnect() called');
      } else if (core.state === 'reconnecting' || core.state === 'connecting') core.retryNow();
      else
        throw new NatsError(
          'closed',
          `reconnect() needs a session that is connecting or connected, not ${core.state}.`,
        );
    },
  };
}
