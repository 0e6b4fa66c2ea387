import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createSharedCentrifugoSession, type SharedCentrifugoSession } from '../../src/share/index.ts';
import { filePeer } from '../centrifugo/filePeer.ts';
import type { PeerScript } from '../centrifugo/peer/index.ts';
import { createFakeLocks } from './fakeLocks.ts';

/** A subscribe reply the scripted peer gives every channel: recoverable, at offset 0. */
export const subscribed = { '*': { result: { recoverable: true, epoch: 'E', offset: 0 } } };
/** A publication push the scripted peer sends. */
export const pub = (channel: string, offset: number) => ({
  push: { channel, pub: { data: { n: offset }, offset } },
});

/**
 * The scripted Centrifugo peer of a test file (started before its tests, closed after them) and
 * origins on it: an origin's tabs share one fake lock manager, real BroadcastChannels and one
 * script queue. Every session made here is stopped after each test.
 * @param prefix - names the origins (and their peer script queues) of this file.
 */
export function centrifugoOrigins(prefix: string) {
  const { peer: thePeer, nextId, track } = filePeer(prefix);
  /** A new origin; `add()` opens one more tab of it. */
  const origin = (scripts: PeerScript[], share: Record<string, unknown> = {}) => {
    const id = nextId();
    thePeer().queue(id, scripts);
    const locks = createFakeLocks();
    let count = 0;
    const add = (): SharedCentrifugoSession =>
      track(
        createSharedCentrifugoSession({
          url: thePeer().urlFor(id),
          WebSocket,
          backoff: fixedBackoff(20),
          share: { name: id, tabId: `${id}-tab${count++}`, platform: { locks }, ...share },
        }),
      );
    return { id, add, conns: () => thePeer().connectionsOf(id) };
  };
  return { origin, peer: thePeer, track };
}
