import { afterAll, afterEach, beforeAll } from 'vitest';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createSharedCentrifugoSession, type SharedCentrifugoSession } from '../../src/share/index.ts';
import { type CentrifugoPeer, type PeerScript, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
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
  let peer: CentrifugoPeer | undefined;
  const sessions: SharedCentrifugoSession[] = [];
  let seq = 0;
  beforeAll(async () => {
    peer = await startCentrifugoPeer();
  });
  afterAll(() => peer?.close());
  afterEach(() => {
    for (const session of sessions.splice(0)) session.stop();
  });
  const thePeer = (): CentrifugoPeer => {
    if (peer === undefined) throw new Error('the peer starts in beforeAll: use it inside a test');
    return peer;
  };
  /** A new origin; `add()` opens one more tab of it. */
  const origin = (scripts: PeerScript[], share: Record<string, unknown> = {}) => {
    const id = `${prefix}${seq++}`;
    thePeer().queue(id, scripts);
    const locks = createFakeLocks();
    let count = 0;
    const add = () => {
      const session = createSharedCentrifugoSession({
        url: thePeer().urlFor(id),
        WebSocket,
        backoff: fixedBackoff(20),
        share: { name: id, tabId: `${id}-tab${count++}`, platform: { locks }, ...share },
      });
      sessions.push(session);
      return session;
    };
    return { id, add, conns: () => thePeer().connectionsOf(id) };
  };
  return { origin, peer: thePeer, sessions };
}
