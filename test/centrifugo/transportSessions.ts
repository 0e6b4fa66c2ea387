import { EventSource } from 'eventsource';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import {
  type CentrifugoSessionOptions,
  type CentrifugoTransportEndpoint,
  createCentrifugoSession,
  httpStreamTransport,
  sseTransport,
} from '../../src/protocols/centrifugo/index.ts';
import { filePeer } from './filePeer.ts';
import type { CentrifugoPeer, PeerScript, PeerTransport } from './peer/index.ts';

const KINDS = { websocket: 'websocket', http_stream: httpStreamTransport, sse: sseTransport } as const;

/** A transports list over `peer`, in the order given, every entry on script queue `id`. */
export function transportList(
  peer: CentrifugoPeer,
  id: string,
  order: readonly PeerTransport[],
): CentrifugoTransportEndpoint[] {
  return order.map((name) => ({ transport: KINDS[name], endpoint: peer.urlFor(id, name) }));
}

/**
 * Like setupPeerSessions, for sessions with a `transports` list: one peer per file, sessions
 * stopped after each test, the peer's emulation endpoint, `ws` and the `eventsource` package
 * (Node 20 has no EventSource) injected.
 */
export function setupTransportSessions(prefix: string) {
  const { peer, nextId, track } = filePeer(prefix, (current) => {
    for (const transport of ['websocket', 'http_stream', 'sse'] as const)
      current.reject(transport, undefined);
  });
  return {
    peer,
    /** A session over `order` on its own script queue, with a 20 ms fixed backoff. */
    sessionOver(
      order: readonly PeerTransport[],
      scripts: PeerScript[] = [],
      options: Partial<CentrifugoSessionOptions> = {},
    ) {
      const id = nextId();
      peer().queue(id, scripts);
      const session = track(
        createCentrifugoSession({
          transports: transportList(peer(), id, order),
          WebSocket,
          EventSource,
          emulationEndpoint: peer().emulationUrl,
          backoff: fixedBackoff(20),
          ...options,
        }),
      );
      return { session, id, conns: () => peer().connectionsOf(id) };
    },
  };
}
