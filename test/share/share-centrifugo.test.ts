import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../src/machines/index.ts';
import { CentrifugoCallError } from '../../src/protocols/centrifugo/index.ts';
import {
  createSharedCentrifugoSession,
  type SharedCentrifugoSession,
  ShareError,
} from '../../src/share/index.ts';
import type { PeerScript } from '../centrifugo/peer/index.ts';
import { until } from '../support/until.ts';
import { centrifugoOrigins, pub, subscribed } from './centrifugoOrigins.ts';
import { createFakeLocks } from './fakeLocks.ts';

const { origin, peer: thePeer, track } = centrifugoOrigins('share');
/** Ids of the origins a test builds by hand (their own options or platform). */
let seq = 0;

/** `count` tabs of one origin: one fake lock manager, real BroadcastChannels, one script queue. */
function tabs(count: number, scripts: PeerScript[], share: Record<string, unknown> = {}) {
  const { id, add, conns } = origin(scripts, share);
  return { id, tabs: Array.from({ length: count }, add), conns };
}

const leaderOf = (all: SharedCentrifugoSession[]) => all.filter((s) => s.role === 'leader');

describe('share: one Centrifugo connection for every tab', () => {
  it('three tabs: one leader, one connection, the same status everywhere', async () => {
    const { tabs: all, conns } = tabs(3, [{ steps: [{ wait: 60_000 }] }]);
    for (const tab of all) tab.connect();
    await until(() => all.every((tab) => tab.state === 'connected'), 'every tab connected');
    expect(conns()).toHaveLength(1);
    expect(leaderOf(all)).toHaveLength(1);
    expect(all.map((tab) => tab.role).sort()).toEqual(['follower', 'follower', 'leader']);
    const { role: _l, ...leaderStatus } = leaderOf(all)[0]?.status ?? { role: '' };
    for (const tab of all) expect(tab.status).toEqual({ ...leaderStatus, role: tab.role });
    expect(leaderOf(all)[0]?.actor?.getSnapshot().value).toBeDefined();
    expect(all.filter((tab) => tab.actor === undefined)).toHaveLength(2);
    expect(all.map((tab) => tab.shareActor.getSnapshot().value).sort()).toEqual([
      'follower',
      'follower',
      'leader',
    ]);
  });

  it('one server subscription per channel, publications fanned out once to every tab', async () => {
    const { tabs: all, conns } = tabs(3, [
      {
        subscribe: subscribed,
        steps: [{ waitFor: 'subscribe' }, { wait: 100 }, { send: [pub('news', 1), pub('news', 2)] }],
      },
    ]);
    const seen = all.map(() => [] as unknown[]);
    for (const [i, tab] of all.entries())
      tab.subscribe('news').on('publication', (p) => seen[i]?.push(p.data));
    all[2]?.connect();
    await until(() => seen.every((list) => list.length === 2), 'two publications in every tab');
    expect(seen).toEqual(all.map(() => [{ n: 1 }, { n: 2 }]));
    expect(conns()[0]?.commands.filter((c) => c.kind === 'subscribe')).toHaveLength(1);
    for (const tab of all) expect(tab.getSubscription('news')?.state).toBe('subscribed');
    // A tab that leaves keeps the others' subscription; the last one to leave unsubscribes.
    const follower = all.find((tab) => tab.role === 'follower');
    follower?.removeSubscription(follower.getSubscription('news') as never);
    for (const tab of all.filter((t) => t !== follower)) tab.getSubscription('news')?.unsubscribe();
    await conns()[0]?.waitFor('unsubscribe');
    expect(conns()[0]?.commands.filter((c) => c.kind === 'unsubscribe')).toHaveLength(1);
  });

  it('a follower publishes through the leader once; results and errors come back', async () => {
    const { tabs: all, conns } = tabs(2, [
      { answers: { rpc: { error: { code: 103, message: 'permission denied' } } }, steps: [{ wait: 60_000 }] },
    ]);
    for (const tab of all) tab.connect();
    await until(() => all.every((tab) => tab.state === 'connected'), 'connected');
    const follower = all.find((tab) => tab.role === 'follower') as SharedCentrifugoSession;
    await follower.publish('news', { hello: 1 });
    const publishes = conns()[0]?.commands.filter((c) => c.kind === 'publish') ?? [];
    expect(publishes).toHaveLength(1);
    expect(publishes[0]?.body).toEqual({ channel: 'news', data: { hello: 1 } });
    const error = await follower.rpc('m', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentrifugoCallError);
    expect(error).toMatchObject({ code: 103, origin: 'server', message: 'permission denied' });
    expect(await follower.history('news')).toMatchObject({ epoch: 'E', publications: [] });
  });

  it('handover: the next tab leads, reconnects and resubscribes from the last position', async () => {
    const { tabs: all, conns } = tabs(3, [
      {
        subscribe: subscribed,
        steps: [{ waitFor: 'subscribe' }, { wait: 50 }, { send: [pub('news', 1), pub('news', 2)] }],
      },
      {
        subscribe: {
          news: {
            result: {
              recoverable: true,
              epoch: 'E',
              offset: 4,
              was_recovering: true,
              recovered: true,
              // 2 overlaps what the tabs have: each delivers it once only.
              publications: [2, 3, 4].map((n) => ({ data: { n }, offset: n })),
            },
          },
        },
        steps: [{ wait: 60_000 }],
      },
    ]);
    const seen = all.map(() => [] as unknown[]);
    const join = (i: number) => all[i]?.subscribe('news').on('publication', (p) => seen[i]?.push(p.data));
    join(0);
    join(1);
    for (const tab of all) tab.connect();
    await until(() => seen[0]?.length === 2 && seen[1]?.length === 2, 'two publications in two tabs');
    // The third tab joins late: it starts where the stream stands (offset 2), as the leader says.
    join(2);
    await until(() => all[2]?.getSubscription('news')?.state === 'subscribed', 'third tab subscribed');
    const leader = leaderOf(all)[0] as SharedCentrifugoSession;
    const roles: string[] = [];
    const rest = all.filter((tab) => tab !== leader);
    for (const tab of rest) tab.on('status', (s) => roles.push(`${s.role}:${s.state}`));
    leader.stop();
    await until(() => conns().length === 2, 'a second connection');
    await until(() => rest.every((tab) => tab.state === 'connected'), 'both tabs connected again');
    await until(() => seen[1]?.length === 4 && seen[2]?.length === 2, 'recovered publications');
    expect(leaderOf(rest)).toHaveLength(1);
    expect(roles).toContain('leader:connected');
    const resubscribe = conns()[1]?.commands.filter((c) => c.kind === 'subscribe') ?? [];
    expect(resubscribe).toHaveLength(1);
    expect(resubscribe[0]?.body).toMatchObject({ channel: 'news', recover: true, offset: 2, epoch: 'E' });
    expect(seen[1]).toEqual([1, 2, 3, 4].map((n) => ({ n })));
    expect(seen[2]).toEqual([3, 4].map((n) => ({ n })));
    for (const tab of rest) {
      expect(tab.getSubscription('news')?.state).toBe('subscribed');
    }
    expect(leader.status).toMatchObject({ state: 'closed', rule: 'stopped' });
  });

  it('a call waiting when the leader goes away fails with leader-lost; an unanswered one times out', async () => {
    const { tabs: all } = tabs(
      3,
      [
        { answers: { publish: { ignore: true } }, steps: [{ wait: 60_000 }] },
        { answers: { publish: { ignore: true } }, steps: [{ wait: 60_000 }] },
      ],
      { callTimeout: 300 },
    );
    for (const tab of all) tab.connect();
    await until(() => all.every((tab) => tab.state === 'connected'), 'connected');
    const [first, second] = all.filter((tab) => tab.role === 'follower') as SharedCentrifugoSession[];
    const timedOut = await first?.publish('news', 1).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(ShareError);
    expect(timedOut).toMatchObject({ code: 'call-timeout' });
    const waiting = (second as SharedCentrifugoSession).publish('news', 2).catch((e: unknown) => e);
    leaderOf(all)[0]?.stop();
    const lost = await waiting;
    // Which error wins the race depends on the machine's speed; both are typed and say so.
    expect(lost).toBeInstanceOf(ShareError);
    expect(['leader-lost', 'call-timeout']).toContain((lost as ShareError).code);
  });

  it("tokens: only the leading tab calls getToken, its own, also for a follower's private channel", async () => {
    const id = `custom${seq++}`;
    thePeer().queue(id, [{ steps: [{ wait: 60_000 }] }, { steps: [{ wait: 60_000 }] }]);
    const locks = createFakeLocks();
    const calls: string[] = [];
    const made = [0, 1, 2].map((i) => {
      const session = createSharedCentrifugoSession({
        url: thePeer().urlFor(id),
        WebSocket,
        backoff: fixedBackoff(20),
        getToken: () => {
          calls.push(`connect by tab${i}`);
          return `jwt-${i}`;
        },
        share: {
          name: id,
          tabId: `${id}-${i}`,
          platform: { locks },
          subscriptionOptions: (channel) => ({
            getToken: () => {
              calls.push(`${channel} by tab${i}`);
              return `sub-${i}`;
            },
          }),
        },
      });
      track(session);
      return session;
    });
    made[2]?.subscribe('private');
    for (const tab of made) tab.connect();
    await until(() => made[2]?.getSubscription('private')?.state === 'subscribed', 'private subscribed');
    expect(made[0]?.role).toBe('leader');
    expect(calls).toEqual(['connect by tab0', 'private by tab0']);
    const commands = thePeer().connectionsOf(id)[0]?.commands ?? [];
    expect(commands.find((c) => c.kind === 'connect')?.body).toMatchObject({ token: 'jwt-0' });
    expect(commands.find((c) => c.kind === 'subscribe')?.body).toMatchObject({
      channel: 'private',
      token: 'sub-0',
    });
    made[0]?.stop();
    await until(() => thePeer().connectionsOf(id).length === 2, 'the next leader connects');
    await until(() => made[2]?.getSubscription('private')?.state === 'subscribed', 'private again');
    expect(calls).toEqual(['connect by tab0', 'private by tab0', 'connect by tab1', 'private by tab1']);
    // The secret stays out of every tab's status.
    for (const tab of made) expect(JSON.stringify(tab.status)).not.toMatch(/jwt|sub-/);
  });

  it('the inspector sees the election and the real session of the leading tab', async () => {
    const id = `custom${seq++}`;
    thePeer().queue(id, [{ steps: [{ wait: 60_000 }] }]);
    const locks = createFakeLocks();
    const seen: string[] = [];
    const inspect = (event: { type: string; snapshot?: unknown }) => {
      if (event.type !== '@xstate.snapshot') return;
      const snapshot = event.snapshot as { machine?: { id: string }; value?: unknown };
      if (snapshot.machine) seen.push(`${snapshot.machine.id}:${JSON.stringify(snapshot.value)}`);
    };
    const made = [0, 1].map((i) => {
      const session = createSharedCentrifugoSession({
        url: thePeer().urlFor(id),
        WebSocket,
        inspect,
        share: { name: id, tabId: `${id}-${i}`, platform: { locks } },
      });
      track(session);
      return session;
    });
    made[1]?.connect();
    await until(() => made.every((tab) => tab.state === 'connected'), 'connected');
    expect(seen).toContain('shareRole:"leader"');
    expect(seen).toContain('shareRole:"follower"');
    expect(seen.some((line) => line.startsWith('connection:{"connected"'))).toBe(true);
  });

  it('a hostile or garbled message on the channel is a typed error, ignored', async () => {
    const { id, tabs: all } = tabs(2, [{ steps: [{ wait: 60_000 }] }]);
    const errors: ShareError[] = [];
    for (const tab of all) tab.on('shareError', (e) => errors.push(e));
    for (const tab of all) tab.connect();
    await until(() => all.every((tab) => tab.state === 'connected'), 'connected');
    const hostile = new BroadcastChannel(`codestate-share:centrifugo:${id}`);
    hostile.postMessage({ v: 1, type: 'status', from: 'x', status: { state: 'pwned' } });
    hostile.postMessage('garbage');
    hostile.postMessage({ v: 1, type: 'call', from: 'x', id: 'NaN', method: 'eval', args: 1 });
    await until(() => errors.length >= 6, 'six dropped-message errors');
    hostile.close();
    expect(errors.every((e) => e instanceof ShareError && e.code === 'bad-message')).toBe(true);
    expect(errors[0]?.message).toMatch(/Dropped a message from another tab: .*state/);
    expect(all.every((tab) => tab.state === 'connected')).toBe(true);
  });

  it('without Web Locks or BroadcastChannel (Node) a tab leads alone', async () => {
    const id = `custom${seq++}`;
    thePeer().queue(id, [
      { subscribe: subscribed, steps: [{ waitFor: 'subscribe' }, { send: [pub('a', 1)] }] },
    ]);
    const session = createSharedCentrifugoSession({ url: thePeer().urlFor(id), WebSocket });
    track(session);
    const data: unknown[] = [];
    session.subscribe('a').on('publication', (p) => data.push(p.data));
    session.connect();
    await until(() => data.length === 1, 'a publication');
    expect(session.status).toMatchObject({ state: 'connected', role: 'leader' });
    expect(session.shareActor.getSnapshot().value).toBe('standalone');
    session.stop();
    expect(() => session.connect()).toThrow(CentrifugoCallError);
  });
});
