import { describe, expect, it } from 'vitest';
import { CentrifugoCallError } from '../../src/protocols/centrifugo/index.ts';
import type { SharedCentrifugoSession } from '../../src/share/index.ts';
import type { PeerScript } from '../centrifugo/peer/index.ts';
import { until } from '../support/until.ts';
import { centrifugoOrigins, pub, subscribed } from './centrifugoOrigins.ts';

// once/off and ready() on shared sessions: purely local to a tab, so they work the same in the
// leading tab and in a follower (whose status is the leader's, mirrored).

const { origin } = centrifugoOrigins('local');

/** Two tabs once the election is over: `[leader, follower]`. */
async function leaderAndFollower(scripts: PeerScript[]) {
  const tabs = origin(scripts);
  const both = [tabs.add(), tabs.add()];
  const roleOf = (tab: SharedCentrifugoSession) => tab.shareActor.getSnapshot().value;
  await until(() => both.every((tab) => ['leader', 'follower'].includes(String(roleOf(tab)))), 'roles');
  const leader = both.find((tab) => tab.role === 'leader') as SharedCentrifugoSession;
  const follower = both.find((tab) => tab.role === 'follower') as SharedCentrifugoSession;
  return { ...tabs, leader, follower };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof CentrifugoCallError ? error.code : String(error)),
  );

describe('share: once/off and ready() in every tab', () => {
  it('once and off on the session and its handles, in the leader and in a follower', async () => {
    const { leader, follower } = await leaderAndFollower([
      {
        subscribe: subscribed,
        steps: [{ waitFor: 'subscribe' }, { wait: 50 }, { send: [pub('news', 1), pub('news', 2)] }],
      },
    ]);
    const tabs = [leader, follower];
    const onceStatus = [0, 0];
    const removed: string[] = [];
    const firstOnly = tabs.map(() => [] as unknown[]);
    const every = tabs.map(() => [] as unknown[]);
    for (const [i, tab] of tabs.entries()) {
      tab.once('status', () => {
        onceStatus[i] = (onceStatus[i] ?? 0) + 1;
      });
      const offed = () => removed.push(`status ${i}`);
      tab.on('status', offed);
      tab.off('status', offed);
      const cancelled = () => removed.push(`once ${i}`);
      tab.once('connected', cancelled);
      tab.off('connected', cancelled); // off finds a once listener by the app's function
      const sub = tab.subscribe('news');
      sub.once('publication', (p) => firstOnly[i]?.push(p.data));
      sub.on('publication', (p) => every[i]?.push(p.data));
      const offedPub = () => removed.push(`publication ${i}`);
      sub.on('publication', offedPub);
      sub.off('publication', offedPub);
    }
    follower.connect();
    await until(() => every.every((list) => list.length === 2), 'two publications in both tabs');
    expect(every).toEqual(tabs.map(() => [{ n: 1 }, { n: 2 }]));
    expect(firstOnly).toEqual(tabs.map(() => [{ n: 1 }]));
    expect(onceStatus).toEqual([1, 1]);
    expect(removed).toEqual([]);
  });

  it('ready() in a follower resolves once the leader connected, a handle once it subscribed', async () => {
    const { add, leader, follower } = await leaderAndFollower([
      { subscribe: { news: { result: {} } }, steps: [{ wait: 60_000 }] },
    ]);
    // Nobody asked for the connection: as an idle session's, code 3 (once the leader told its status).
    expect(await codeOf(follower.ready())).toBe(3);
    expect(await codeOf(leader.ready())).toBe(3);
    const sub = follower.subscribe('news');
    const subReady = sub.ready();
    follower.connect(); // travels to the leader: the mirror is still idle, which is not final now
    const ready = follower.ready(1_000);
    expect(follower.state).toBe('idle');
    await ready;
    expect(follower.status).toMatchObject({ state: 'connected', role: 'follower' });
    await subReady;
    expect(sub.state).toBe('subscribed');
    expect(await codeOf(leader.ready())).toBe('resolved');
    expect(await codeOf(leader.subscribe('news').ready(1_000))).toBe('resolved');
    // A tab that opens now calls ready() before the leader's status reached it: it waits for it.
    const late = add();
    expect(await codeOf(late.ready(1_000))).toBe('resolved');
    expect(late.role).toBe('follower');
    expect(await codeOf(late.subscribe('news').ready(1_000))).toBe('resolved');
  });

  it('ready() rejects with code 1 on timeout, code 3 (session) and 7 (handles) after stop()', async () => {
    const { leader, follower } = await leaderAndFollower([
      { connect: { ignore: true } }, // the connect is never answered: `connecting` for good
    ]);
    follower.connect();
    await until(() => follower.state === 'connecting', 'the follower mirrors connecting');
    const started = Date.now();
    expect(await codeOf(follower.ready(80))).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(await codeOf(leader.ready(80))).toBe(1);
    const sub = follower.subscribe('news');
    expect(await codeOf(sub.ready(80))).toBe(1);

    const waiting = [follower.ready(), sub.ready()].map(codeOf);
    const leaderWaiting = [leader.ready(), leader.subscribe('news').ready()].map(codeOf);
    follower.stop();
    expect(await Promise.all(waiting)).toEqual([3, 7]);
    expect(await Promise.all([codeOf(follower.ready()), codeOf(sub.ready())])).toEqual([3, 7]);
    leader.stop();
    expect(await Promise.all(leaderWaiting)).toEqual([3, 7]);
  });

  it('a handle that is or becomes unsubscribed rejects its ready() with code 7', async () => {
    const { leader, follower } = await leaderAndFollower([
      { subscribe: { '*': { ignore: true } }, steps: [{ wait: 60_000 }] },
    ]);
    follower.connect();
    for (const tab of [leader, follower]) {
      const sub = tab.subscribe('quiet');
      const pending = codeOf(sub.ready());
      tab.removeSubscription(sub);
      expect(await pending).toBe(7);
      expect(await codeOf(sub.ready())).toBe(7);
    }
  });

  it('handover: the tabs that stay never see a passing idle, so ready() does not fail', async () => {
    const tabs = origin([{ steps: [{ wait: 60_000 }] }, { steps: [{ wait: 60_000 }] }]);
    const all = [tabs.add(), tabs.add(), tabs.add()];
    for (const tab of all) tab.connect();
    await until(() => all.every((tab) => tab.state === 'connected'), 'every tab connected');
    const leader = all.find((tab) => tab.role === 'leader') as SharedCentrifugoSession;
    const rest = all.filter((tab) => tab !== leader);
    const states: string[] = [];
    const readies: Array<Promise<unknown>> = [];
    for (const tab of rest)
      tab.on('status', (status) => {
        states.push(status.state);
        if (status.state !== 'connected') readies.push(codeOf(tab.ready(5_000)));
      });
    leader.stop();
    await until(() => tabs.conns().length === 2, 'the next leader connects');
    await until(() => rest.every((tab) => tab.state === 'connected'), 'both tabs connected again');
    expect(states).not.toContain('idle');
    expect(await Promise.all(readies)).toEqual(readies.map(() => 'resolved'));
  });
});
