import { expect, it } from 'vitest';
import { describeOverTransports } from './harness/describeOverTransports.ts';
import { startNatsCluster } from './harness/natsCluster.ts';
import { connected, deliversAfterRecovery, stateLog, testSession, urlOf } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

describeOverTransports('cluster over %s', (kind) => {
  it('fails over to a gossiped node when its server is killed, subscriptions intact', async () => {
    const nodes = await startNatsCluster(3);
    const [first, ...others] = nodes;
    // Only the first node is configured: the others must come from INFO connect_urls.
    const session = await connected(testSession({ servers: urlOf(first!, kind) }));
    await waitUntil(() => session.status.servers.length === 3, 'pool learnt the cluster from connect_urls');
    const sub = session.subscribe('cluster.news', { queue: 'q' });
    const texts: string[] = [];
    sub.on('message', (m) => texts.push(m.text()));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const states = stateLog(session);

    await first!.stop();
    await waitUntil(() => session.state === 'connected' && states.includes('reconnecting'), 'failover');
    expect(others.map((n) => urlOf(n, kind))).toContain(session.status.server);
    await waitUntil(() => sub.state === 'subscribed', 'resubscribed on the new node');
    // Published through a different node: the route carries it, so the interest moved with us.
    const other = others.find((n) => urlOf(n, kind) !== session.status.server)!;
    const publisher = await connected(testSession({ servers: other.url }));
    await deliversAfterRecovery(publisher, 'cluster.news', () => texts.length > 0);
  });

  it('shows lame duck mode, then moves to another node before the server evicts it', async () => {
    const nodes = await startNatsCluster(2);
    const [duck, other] = nodes;
    const session = await connected(
      testSession({ servers: [urlOf(duck!, kind), urlOf(other!, kind)], noRandomize: true }),
    );
    expect(session.status.server).toBe(urlOf(duck!, kind));
    const sub = session.subscribe('ldm.test');
    const texts: string[] = [];
    sub.on('message', (m) => texts.push(m.text()));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const seen: { state: string; lameDuck: boolean; rule: string | null }[] = [];
    session.on('status', (s) => seen.push({ state: s.state, lameDuck: s.lameDuck, rule: s.rule }));

    duck!.lameDuck();
    await waitUntil(
      () => session.status.server === urlOf(other!, kind) && session.state === 'connected',
      'moved',
    );
    expect(seen).toContainEqual({ state: 'connected', lameDuck: true, rule: null });
    expect(seen.some((s) => s.state === 'reconnecting' && s.rule === 'nats.info.ldm')).toBe(true);
    expect(session.status.lameDuck).toBe(false);
    await waitUntil(() => sub.state === 'subscribed', 'resubscribed');
    const publisher = await connected(testSession({ servers: other!.url }));
    await deliversAfterRecovery(publisher, 'ldm.test', () => texts.length > 0);
  });
});
