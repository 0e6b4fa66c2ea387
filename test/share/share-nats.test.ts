import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createNatsSession, NatsError, type NatsSession } from '../../src/protocols/nats/index.ts';
import { createSharedNatsSession, type SharedNatsSession } from '../../src/share/index.ts';
import { startNatsServer, stopAllNatsServers } from '../nats/harness/natsServer.ts';
import { until } from '../support/until.ts';
import { createFakeLocks } from './fakeLocks.ts';

const stoppable: Array<{ stop(): void }> = [];
afterEach(async () => {
  for (const session of stoppable.splice(0)) session.stop();
  await stopAllNatsServers();
});

let seq = 0;
/** `count` tabs of one origin sharing one WebSocket to a real nats-server. */
function tabs(count: number, wsUrl: string): SharedNatsSession[] {
  const name = `nats-share${seq++}`;
  const locks = createFakeLocks();
  return Array.from({ length: count }, (_, i) => {
    const session = createSharedNatsSession({
      servers: wsUrl,
      WebSocket,
      reconnectTimeWait: 50,
      share: { name, tabId: `${name}-tab${i}`, platform: { locks } },
    });
    stoppable.push(session);
    return session;
  });
}

/** Another app on the same server over TCP: publishes and answers requests. */
function outsider(url: string): NatsSession {
  const session = createNatsSession({ servers: url });
  stoppable.push(session);
  session.connect();
  return session;
}

describe('share: one NATS WebSocket for every tab (real nats-server)', () => {
  it('one leader, the same status, one SUB fanned out, requests and errors through the leader, handover', async () => {
    const server = await startNatsServer({ websocket: true });
    const all = tabs(3, server.wsUrl);
    for (const tab of all) tab.connect();
    await until(() => all.every((tab) => tab.state === 'connected'), 'every tab connected');
    expect(all.map((tab) => tab.role).sort()).toEqual(['follower', 'follower', 'leader']);
    const leader = all.find((tab) => tab.role === 'leader') as SharedNatsSession;
    expect(leader.info?.server_id).toBeDefined();
    expect(all.filter((tab) => tab.info === undefined)).toHaveLength(2);
    for (const tab of all)
      expect(tab.status).toMatchObject({ state: 'connected', server: leader.status.server, role: tab.role });

    const got = all.map(() => [] as string[]);
    const subs = all.map((tab, i) => {
      const sub = tab.subscribe('news.*');
      sub.on('message', (m) => got[i]?.push(`${m.subject}:${m.text()}`));
      return sub;
    });
    await until(() => subs.every((sub) => sub.state === 'subscribed'), 'subscribed everywhere');
    const other = outsider(server.url);
    await until(() => other.state === 'connected', 'outsider connected');
    other.publish('news.a', 'one');
    await until(() => got.every((list) => list.length === 1), 'one message in every tab');
    await other.flush();
    // One SUB for three tabs: a second publication still arrives once per tab, not three times.
    other.publish('news.b', 'two');
    await until(() => got.every((list) => list.length === 2), 'two messages in every tab');
    expect(got).toEqual(all.map(() => ['news.a:one', 'news.b:two']));

    const service = other.subscribe('svc.echo');
    service.on('message', (m) => m.reply && other.publish(m.reply, `echo:${m.text()}`));
    await until(() => service.state === 'subscribed', 'service subscribed');
    await other.flush();
    const follower = all.find((tab) => tab.role === 'follower') as SharedNatsSession;
    expect((await follower.request('svc.echo', 'x')).text()).toBe('echo:x');
    const refused = await follower.request('nobody.home', 'x').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NatsError);
    expect(refused).toMatchObject({ code: 'no-responders' });
    // A follower publishes through the leader: the outsider hears it once.
    const heard: string[] = [];
    other.subscribe('from.tab').on('message', (m) => heard.push(m.text()));
    await other.flush();
    expect(follower.publish('from.tab', 'hi')).toBe(true);
    await until(() => heard.length === 1, 'the outsider heard the follower');
    expect(await follower.flush()).toBe(true);
    expect(heard).toEqual(['hi']);

    // Handover: the next tab leads, reconnects and subscribes again.
    leader.stop();
    const rest = all.filter((tab) => tab !== leader);
    await until(() => rest.some((tab) => tab.role === 'leader'), 'a new leader');
    await until(() => rest.every((tab) => tab.state === 'connected'), 'connected again');
    await until(
      () => rest.every((tab) => subs[all.indexOf(tab)]?.state === 'subscribed'),
      'subscribed again',
    );
    await until(() => rest.some((tab) => tab.info !== undefined), 'the new leader has INFO');
    other.publish('news.c', 'three');
    await until(() => rest.every((tab) => got[all.indexOf(tab)]?.length === 3), 'after the handover');
    for (const tab of rest) expect(got[all.indexOf(tab)]?.[2]).toBe('news.c:three');
  });

  it('once and off on the session and its subscriptions, in the leader and in a follower', async () => {
    const server = await startNatsServer({ websocket: true });
    const all = tabs(2, server.wsUrl);
    const onceStatus = [0, 0];
    const removed: string[] = [];
    const firstOnly = all.map(() => [] as string[]);
    const every = all.map(() => [] as string[]);
    const subs = all.map((tab, i) => {
      tab.once('status', () => {
        onceStatus[i] = (onceStatus[i] ?? 0) + 1;
      });
      const offed = () => removed.push(`status ${i}`);
      tab.on('status', offed);
      tab.off('status', offed);
      const sub = tab.subscribe('events.*');
      sub.once('message', (m) => firstOnly[i]?.push(m.text()));
      sub.on('message', (m) => every[i]?.push(m.text()));
      const offedMessage = () => removed.push(`message ${i}`);
      sub.once('message', offedMessage);
      sub.off('message', offedMessage);
      return sub;
    });
    for (const tab of all) tab.connect();
    await until(() => subs.every((sub) => sub.state === 'subscribed'), 'subscribed in both tabs');
    expect(all.map((tab) => tab.role).sort()).toEqual(['follower', 'leader']);
    const other = outsider(server.url);
    await until(() => other.state === 'connected', 'outsider connected');
    other.publish('events.a', 'one');
    other.publish('events.b', 'two');
    await until(() => every.every((list) => list.length === 2), 'two messages in both tabs');
    expect(every).toEqual(all.map(() => ['one', 'two']));
    expect(firstOnly).toEqual(all.map(() => ['one']));
    expect(onceStatus).toEqual([1, 1]);
    expect(removed).toEqual([]);
  });
  it('unsubscribe(max) ends each tab after its own max messages; the other tab keeps the SUB', async () => {
    const server = await startNatsServer({ websocket: true });
    const all = tabs(2, server.wsUrl);
    const got = all.map(() => [] as string[]);
    const subs = all.map((tab, i) => {
      const sub = tab.subscribe('counted');
      sub.on('message', (m) => got[i]?.push(m.text()));
      return sub;
    });
    for (const tab of all) tab.connect();
    await until(() => subs.every((sub) => sub.state === 'subscribed'), 'subscribed in both tabs');
    const [limited, open] = subs as [(typeof subs)[0], (typeof subs)[0]];
    limited.unsubscribe(3);
    expect(limited.max).toBe(3);
    const other = outsider(server.url);
    await until(() => other.state === 'connected', 'outsider connected');
    for (const text of ['1', '2', '3', '4', '5']) other.publish('counted', text);
    await until(() => got[1]?.length === 5, 'five messages in the open tab');
    expect(got[0]).toEqual(['1', '2', '3']);
    expect([limited.received, limited.state]).toEqual([3, 'unsubscribed']);
    expect([open.received, open.state]).toEqual([5, 'subscribed']);
    // A max already reached ends the handle at once.
    open.unsubscribe(2);
    expect(open.state).toBe('unsubscribed');
  });
});
