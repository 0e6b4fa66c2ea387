import { afterEach } from 'vitest';
import type { CeleriantSession, CeleriantSessionOptions } from '../../src/protocols/celeriant/index.ts';
import { sessionFor } from './helpers.ts';
import { type PeerCluster, startPeerCluster } from './peer/peerCluster.ts';

/** Starts peer clusters and sessions for one test file and closes them when the test ends. */
export interface PeerFixture {
  /** Starts nodes A and B (see `startPeerCluster`); closed after the test. */
  cluster(scripts: Parameters<typeof startPeerCluster>[0]): Promise<PeerCluster>;
  /** A session against `cluster` with test-sized waits (see `sessionFor`); stopped after the test. */
  session(cluster: PeerCluster, extra?: Partial<CeleriantSessionOptions>): CeleriantSession;
  /** Closes what was started so far, newest first (sessions before the cluster they use). */
  closeAll(): Promise<void>;
}

/**
 * The peer clusters and sessions of the calling test file: everything it starts is closed after
 * each test, so no socket or listener outlives the test that opened it.
 */
export function peerFixture(): PeerFixture {
  const open: { close(): unknown }[] = [];
  const fixture: PeerFixture = {
    async cluster(scripts) {
      const cluster = await startPeerCluster(scripts);
      open.push(cluster);
      return cluster;
    },
    session(cluster, extra) {
      const session = sessionFor(cluster, extra);
      open.push({ close: () => session.stop() });
      return session;
    },
    async closeAll() {
      for (const resource of open.splice(0).reverse()) await resource.close();
    },
  };
  afterEach(() => fixture.closeAll());
  return fixture;
}
