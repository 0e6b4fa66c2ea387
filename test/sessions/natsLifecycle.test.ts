import { afterEach, describe, expect, it } from 'vitest';
import { createNatsSession, type NatsSession } from '../../src/protocols/nats/index.ts';
import { startNatsServer, stopAllNatsServers } from '../nats/harness/natsServer.ts';
import { waitUntil } from '../nats/harness/waitUntil.ts';

const sessions: NatsSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.stop();
  await stopAllNatsServers();
});

describe('NATS session lifecycle (subscription table)', () => {
  it('frees the actor of an ended subscription and keeps the others receiving', async () => {
    const server = await startNatsServer();
    const s = createNatsSession({ servers: server.url });
    sessions.push(s);
    s.connect();
    const gone = s.subscribe('a.gone');
    const kept = s.subscribe('a.kept');
    const got: string[] = [];
    kept.on('message', (m) => got.push(m.text()));
    await waitUntil(() => gone.state === 'subscribed' && kept.state === 'subscribed', 'subscribed');
    gone.unsubscribe();
    expect(gone.state).toBe('unsubscribed');
    expect(gone.actor.getSnapshot().status).toBe('stopped');
    // The kept one's actor is made on demand, once, in the session's running subscription system.
    expect(kept.actor).toBe(kept.actor);
    expect(kept.actor.getSnapshot().status).toBe('active');
    expect(kept.actor.getSnapshot().matches('subscribed')).toBe(true);
    s.publish('a.kept', 'still here');
    await waitUntil(() => got.length === 1, 'message');
    expect(got).toEqual(['still here']);
  });

  it('emits state changes to listeners added later, and stop() ends everything', async () => {
    const server = await startNatsServer();
    const s = createNatsSession({ servers: server.url });
    sessions.push(s);
    const sub = s.subscribe('b.x');
    const states: string[] = [];
    sub.on('status', (status) => states.push(status.state));
    s.connect();
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    expect(states).toEqual(['subscribed']);
    const reply = s.request('nobody.answers', 'x', { timeout: 60_000 });
    s.stop();
    // A request still waiting when stop() ran says the session was stopped (issue 11, item 8).
    await expect(reply).rejects.toMatchObject({ code: 'stopped' });
    expect(s.actor.getSnapshot().status).toBe('stopped');
    expect(sub.actor.getSnapshot().status).toBe('stopped');
  });
});
