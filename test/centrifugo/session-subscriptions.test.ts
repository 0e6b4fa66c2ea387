import { describe, expect, it } from 'vitest';
import type { InspectionEvent } from 'xstate';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('subs');

describe('Centrifugo subscription actors (lean, one system per session)', () => {
  it('removeSubscription unsubscribes, stops the actor, and the channel can be subscribed anew', async () => {
    const { session, conns } = sessionWith([{}]);
    const gone = session.subscribe('a');
    const kept = session.subscribe('b');
    session.connect();
    await until(() => gone.state === 'subscribed' && kept.state === 'subscribed', 'both subscribed');
    session.removeSubscription(gone);
    await until(() => conns()[0]?.commands.some((c) => c.kind === 'unsubscribe') === true, 'unsubscribe');
    expect(conns()[0]?.commands.find((c) => c.kind === 'unsubscribe')?.body).toEqual({ channel: 'a' });
    expect(gone.actor.getSnapshot().status).toBe('stopped');
    expect(session.getSubscription('a')).toBeUndefined();
    expect(session.subscriptions()).toEqual([kept]);
    const again = session.subscribe('a');
    expect(again).not.toBe(gone);
    await until(() => again.state === 'subscribed', 'subscribed again');
    expect(kept.state).toBe('subscribed');
    expect(again.actor.system).toBe(kept.actor.system);
  });

  it('status events start with the first listener and follow every change', async () => {
    const { session } = sessionWith([
      { subscribe: { news: { error: { code: 100, message: 'internal', temporary: true } } } },
    ]);
    const sub = session.subscribe('news');
    const seen: string[] = [];
    sub.on('status', (status) => seen.push(`${status.state}:${status.phase}`));
    session.connect();
    const waits = () => seen.filter((s) => s === 'subscribing:backoff').length;
    await until(() => waits() >= 2, 'two resubscribe waits after temporary errors');
    sub.unsubscribe();
    expect(seen.at(-1)?.startsWith('unsubscribed:')).toBe(true);
    expect(sub.status.lastCode).toBeNull();
  });

  it("the session's inspector sees the subscription actors too", async () => {
    const events: InspectionEvent[] = [];
    const { session } = sessionWith([{}], { inspect: (event) => events.push(event) });
    const sub = session.subscribe('news');
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed');
    const toSub = events.filter((e) => e.type === '@xstate.event' && e.actorRef === sub.actor);
    expect(toSub.map((e) => (e.type === '@xstate.event' ? e.event.type : ''))).toContain('subscribe.ok');
    expect(events.some((e) => e.type === '@xstate.event' && e.actorRef === session.actor)).toBe(true);
  });
});
