import { describe, expect, it } from 'vitest';
import { selectConnectionStatus } from '../../src/machines/connection/connection.selectors.ts';
import {
  type CeleriantSession,
  refuseLocalRedirect,
  refuseUnspecifiedRedirect,
} from '../../src/protocols/celeriant/index.ts';
import { oneEvent } from './helpers.ts';
import type { PeerCluster } from './peer/peerCluster.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();

/** Every redirect target and reason the session's connection machine records. */
function record(s: CeleriantSession): { targets: string[]; reasons: string[] } {
  const seen = { targets: [] as string[], reasons: [] as string[] };
  s.actor.subscribe((snapshot) => {
    const status = selectConnectionStatus(snapshot);
    if (status.redirectTarget) seen.targets.push(status.redirectTarget);
    if (status.lastReason) seen.reasons.push(status.lastReason);
  });
  return seen;
}

/** A names `leader` (NotLeader 2011) for its first write; B is the leader. */
async function clusterRedirectingTo(leader: (cluster: PeerCluster) => string): Promise<PeerCluster> {
  const cluster = await peers.cluster({ A: { role: 'leader' }, B: { role: 'leader' } });
  cluster.A.script = {
    role: 'follower',
    leader: 'B',
    write: [{ reply: 'error', code: 2011, details: { leader_address: leader(cluster) } }],
  };
  return cluster;
}
const unspecified = (cluster: PeerCluster) => `0.0.0.0:${cluster.B.address.split(':').at(-1)}`;

describe('celeriant redirectPolicy (issue 11)', () => {
  it('refuses a redirect to 0.0.0.0 by default and falls back to the seeds', async () => {
    const cluster = await clusterRedirectingTo(unspecified);
    const session = peers.session(cluster, { apiKey: 'a2V5' });
    const seen = record(session);
    const result = await session.write(oneEvent(41n, 1));
    expect(result.node).toBe(cluster.B.address);
    expect(seen.targets).not.toContain(unspecified(cluster));
    expect(
      seen.reasons.some((r) => r.includes(`redirect to ${unspecified(cluster)} refused by redirectPolicy`)),
    ).toBe(true);
  });

  it('follows it with a policy that allows everything', async () => {
    const cluster = await clusterRedirectingTo(unspecified);
    const session = peers.session(cluster, { redirectPolicy: () => true });
    const result = await session.write(oneEvent(42n, 1));
    expect(result.node).toBe(unspecified(cluster));
  });

  it('refuseLocalRedirect also refuses loopback; a throwing policy refuses', async () => {
    for (const redirectPolicy of [
      refuseLocalRedirect,
      () => {
        throw new Error('x');
      },
    ]) {
      const cluster = await clusterRedirectingTo((c) => c.B.address);
      const session = peers.session(cluster, { redirectPolicy });
      const seen = record(session);
      const result = await session.write(oneEvent(43n, 1));
      expect(result.node).toBe(cluster.B.address); // reached as a seed, not as the redirect target
      expect(seen.reasons.some((r) => r.includes('refused by redirectPolicy'))).toBe(true);
    }
  });

  it('the default allows loopback and named hosts, refuses every spelling of unspecified', () => {
    for (const target of [
      '0.0.0.0:10000',
      '[::]:10000',
      '[0:0:0:0:0:0:0:0]:10000',
      '[::ffff:0.0.0.0]:1',
      '0:1',
    ])
      expect(refuseUnspecifiedRedirect(target)).toBe(false);
    for (const target of ['127.0.0.1:10000', '[::1]:10000', 'node-b:10002', '10.0.0.2:10000'])
      expect(refuseUnspecifiedRedirect(target)).toBe(true);
    expect(refuseLocalRedirect('localhost:1')).toBe(false);
  });
});
