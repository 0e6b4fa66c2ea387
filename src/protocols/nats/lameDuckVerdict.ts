import { classifyNats } from '../../codes/nats/classifyNats.ts';
import type { Verdict } from '../../codes/types.ts';

/**
 * INFO `ldm: true` is not an error, so the catalog has a local row for it (`nats.info.ldm`): the
 * session moves to another server at once, before the server starts evicting clients (nats.js
 * waits for the eviction instead; see docs/deviations-nats.md).
 */
export function lameDuckVerdict(serverUrl: string): Verdict {
  return classifyNats({
    protocol: 'nats',
    kind: 'local',
    rule: 'nats.info.ldm',
    reason: `${serverUrl} entered lame duck mode`,
  });
}
