import { describe, expect, it } from 'vitest';
import { jetstream } from '../../src/protocols/nats/jetstream/index.ts';
import { connected, testSession } from '../nats/harness/sessionFixture.ts';
import { waitUntil } from '../nats/harness/waitUntil.ts';
import { fillStream, firstProblem } from './harness/fillStream.ts';
import { cleanUpAfterEach, startJetStreamServer } from './harness/jetStreamServer.ts';

cleanUpAfterEach();

const COUNT = 10_000;

describe('ordered consumer on a real nats-server -js', () => {
  it('consumes 10,000 messages across a server restart and a consumer deletion: no gap, no duplicate', {
    timeout: 120_000,
  }, async () => {
    const server = await startJetStreamServer();
    const session = await connected(testSession({ servers: server.url, maxReconnectAttempts: -1 }));
    const js = jetstream(session, { timeout: 2000 });
    await fillStream(session, js, 'ORD', COUNT);

    const consumer = js.consume({ stream: 'ORD', maxMessages: 200, expires: 5000, idleHeartbeat: 1000 });
    const seen: number[] = [];
    const states: string[] = [];
    const rules: (string | null)[] = [];
    consumer.on('status', (s) => {
      if (states.at(-1) !== s.state) states.push(s.state);
      rules.push(s.rule);
    });
    let restarted = false;
    let deleted: string | null = null;
    consumer.on('message', (m) => {
      seen.push(Number(m.text()));
      if (seen.length === 3000 && !restarted) {
        restarted = true;
        void server.stop().then(() => server.start());
      }
      if (seen.length === 6500 && deleted === null) {
        deleted = consumer.status.consumer;
        void js.manager.deleteConsumer('ORD', deleted ?? '');
      }
    });
    await waitUntil(() => seen.length >= COUNT, `${COUNT} messages`, 60_000);
    expect(firstProblem(seen, COUNT)).toBeUndefined();
    expect(consumer.state).toBe('consuming');
    // The restart and the deletion each went through recovering and a new consumer.
    expect(states.filter((s) => s === 'recovering').length).toBeGreaterThanOrEqual(2);
    // The restart: nats-server may end the open pulls with a 409 Server Shutdown before it closes
    // the socket (the drop then finds the consumer recovering already), or the drop comes first.
    const afterRestart = ['connection.down', 'nats.js-status.409-server-shutdown'];
    expect(
      rules.some((r) => afterRestart.includes(r ?? '')),
      JSON.stringify(rules),
    ).toBe(true);
    // The deletion ends the open pulls with a 409 (or, when none was open, the heartbeats stop).
    const afterDeletion = ['nats.js-status.409-consumer-deleted', 'nats.consumer.heartbeats-missed'];
    expect(
      rules.some((r) => afterDeletion.includes(r ?? '')),
      JSON.stringify(rules),
    ).toBe(true);
    expect(consumer.status.consumer).not.toBe(deleted);
    expect(consumer.status).toMatchObject({ streamSeq: COUNT, delivered: COUNT, pending: 0 });
    consumer.stop();
    expect(consumer.state).toBe('stopped');
  });

  it('stays on the same consumer while idle: heartbeats keep it consuming, no recreate', async () => {
    const server = await startJetStreamServer();
    const session = await connected(testSession({ servers: server.url }));
    const heartbeats: string[] = [];
    const js = jetstream(session, {
      timeout: 2000,
      inspect: (e) => {
        if (e.type !== '@xstate.event' || e.event.type !== 'pull.status') return;
        heartbeats.push((e.event as unknown as { verdict: { rule: string } }).verdict.rule);
      },
    });
    await fillStream(session, js, 'IDLE', 100);
    const consumer = js.consume({ stream: 'IDLE', expires: 2000, idleHeartbeat: 200 });
    let seen = 0;
    consumer.on('message', () => seen++);
    await waitUntil(() => seen === 100, 'the 100 messages');
    const name = consumer.status.consumer;
    await waitUntil(
      () => heartbeats.filter((r) => r === 'nats.js-status.100-idle-heartbeat').length >= 5,
      'five idle heartbeats',
    );
    expect(consumer.status).toMatchObject({ state: 'consuming', consumer: name, delivered: 100, rule: null });
  });
});
