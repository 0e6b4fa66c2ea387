import type { Verdict } from '../../codes/types.ts';
import { verdictFrom } from '../../codes/verdictFrom.ts';

/**
 * INFO `ldm: true` is not an error, so it has no catalog row: this local rule moves the session
 * to another server at once, before the server starts evicting clients (nats.js waits for the
 * eviction instead; see docs/deviations-nats.md).
 */
export function lameDuckVerdict(serverUrl: string): Verdict {
  return verdictFrom({ scope: 'connection', action: 'reconnect', immediate: true }, 'nats.info.ldm', {
    reason: `${serverUrl} entered lame duck mode`,
  });
}
