import { createServer } from 'node:net';
import type { TlsOptions } from 'node:tls';
import { CeleriantPeerNode } from './celeriantPeerNode.ts';
import type { NodeRef, NodeScript } from './peerScript.ts';
import { PeerStore } from './peerStore.ts';

/** Two scripted nodes sharing one event log, plus an address where nothing listens. */
export interface PeerCluster {
  A: CeleriantPeerNode;
  B: CeleriantPeerNode;
  /** A loopback `host:port` that refuses connections (a dead old leader). */
  deadAddress: string;
  store: PeerStore;
  addressOf(ref: NodeRef): string;
  close(): Promise<void>;
}

async function freeDeadAddress(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const info = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${typeof info === 'object' && info ? info.port : 1}`;
}

/** Starts nodes A and B on random loopback ports with the given scripts (TLS 1.3 when `tls` is set). */
export async function startPeerCluster(
  scripts: { A: NodeScript; B: NodeScript },
  tls?: TlsOptions,
): Promise<PeerCluster> {
  const store = new PeerStore();
  const deadAddress = await freeDeadAddress();
  const nodes: Partial<Record<'A' | 'B', CeleriantPeerNode>> = {};
  const addressOf = (ref: NodeRef): string =>
    ref === 'dead' ? deadAddress : (nodes[ref]?.address ?? deadAddress);
  nodes.A = new CeleriantPeerNode('A', scripts.A, store, addressOf);
  nodes.B = new CeleriantPeerNode('B', scripts.B, store, addressOf);
  await Promise.all([nodes.A.start(tls), nodes.B.start(tls)]);
  const { A, B } = nodes as Record<'A' | 'B', CeleriantPeerNode>;
  return {
    A,
    B,
    deadAddress,
    store,
    addressOf,
    close: async () => {
      await Promise.all([A.close(), B.close()]);
    },
  };
}
