import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import {
  type CentrifugoSession,
  type CentrifugoSessionOptions,
  createCentrifugoSession,
} from '../../src/protocols/centrifugo/index.ts';
import { filePeer } from './filePeer.ts';
import type { CentrifugoPeer, PeerScript } from './peer/index.ts';

/** A session made by {@link setupPeerSessions}, with its script id and the peer's view of it. */
export interface PeerSession {
  session: CentrifugoSession;
  /** The script queue this session's connections take their scripts from. */
  id: string;
  /** The peer's connections for this session, in order. */
  conns: () => ReturnType<CentrifugoPeer['connectionsOf']>;
}

/**
 * The setup every Centrifugo session test file shares: one scripted peer for the file (started
 * before its tests, closed after them) and every session stopped after each test. Call it at the
 * top level of a test file; `prefix` keeps the script ids of different files apart in reports.
 */
export function setupPeerSessions(prefix: string) {
  const { peer, nextId, track } = filePeer(prefix);
  return {
    peer,
    /**
     * A session on its own script queue (`scripts` answer its connections in order), with a 20 ms
     * fixed backoff so tests stay fast; `options` win (e.g. another `url` or `backoff`).
     */
    sessionWith(scripts: PeerScript[] = [], options: Partial<CentrifugoSessionOptions> = {}): PeerSession {
      const id = nextId();
      peer().queue(id, scripts);
      const session = track(
        createCentrifugoSession({ url: peer().urlFor(id), WebSocket, backoff: fixedBackoff(20), ...options }),
      );
      return { session, id, conns: () => peer().connectionsOf(id) };
    },
  };
}
