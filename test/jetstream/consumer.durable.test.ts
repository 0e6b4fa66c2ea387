import { describe, expect, it } from 'vitest';
import { jetstream } from '../../src/protocols/nats/jetstream/index.ts';
import { connected, testSession } from '../nats/harness/sessionFixture.ts';
import { waitUntil } from '../nats/harness/waitUntil.ts';
import { fillStream } from './harness/fillStream.ts';
import { cleanUpAfterEach, startJetStreamServer } from './harness/jetStreamServer.ts';

cleanUpAfterEach();

async function durableSetup(count: number) {
  const server = await startJetStreamServer();
  const session = await connected(testSession({ servers: server.url }));
  const js = jetstream(session, { timeout: 2000 });
  await fillStream(session, js, 'WORK', count);
  await js.manager.addConsumer('WORK', {
    name: 'w',
    durable_name: 'w',
    ack_policy: 'explicit',
    ack_wait: 30e9,
  });
  return { server, session, js };
}

describe('durable consumer on a real nats-server -js', () => {
  it('acks, naks with a delay (redelivered) and terms; the server agrees', async () => {
    const { js } = await durableSetup(20);
    const consumer = js.consume({ stream: 'WORK', consumer: 'w', maxMessages: 10 });
    const deliveries: { seq: number; count: number }[] = [];
    consumer.on('message', (m) => {
      deliveries.push({ seq: m.seq, count: m.info.deliveryCount });
      if (m.seq === 3 && m.info.deliveryCount === 1) m.nak(50);
      else if (m.seq === 4) m.term();
      else {
        m.working();
        m.ack();
        m.ack(); // the second ack is dropped
      }
    });
    await waitUntil(() => deliveries.some((d) => d.seq === 3 && d.count === 2), 'seq 3 redelivered');
    await waitUntil(() => deliveries.length >= 21, 'every message and the redelivery');
    let info = await js.manager.consumerInfo('WORK', 'w');
    await waitUntil(() => {
      void js.manager
        .consumerInfo('WORK', 'w')
        .then((i) => {
          info = i;
        })
        .catch(() => undefined);
      return info.num_ack_pending === 0;
    }, 'no ack pending');
    expect(info.ack_floor.stream_seq).toBe(20);
    expect(deliveries.filter((d) => d.seq === 4)).toHaveLength(1);
    expect(consumer.state).toBe('consuming');
    consumer.stop();
  });

  it('fails with the catalog row 10014 when its durable is deleted, and says so in status', async () => {
    const { js } = await durableSetup(5);
    const consumer = js.consume({ stream: 'WORK', consumer: 'w', expires: 2000, idleHeartbeat: 500 });
    let seen = 0;
    consumer.on('message', (m) => {
      seen++;
      m.ack();
    });
    await waitUntil(() => seen === 5, 'five messages');
    await js.manager.deleteConsumer('WORK', 'w');
    await waitUntil(() => consumer.state === 'failed', 'failed');
    expect(consumer.status).toMatchObject({
      state: 'failed',
      terminal: true,
      rule: 'nats.js-api.10014',
      lastCode: 10014,
      lastReason: 'consumer not found',
    });
  });

  it('fails at once on a stream that does not exist (10059)', async () => {
    const server = await startJetStreamServer();
    const session = await connected(testSession({ servers: server.url }));
    const consumer = jetstream(session).consume({ stream: 'MISSING' });
    await waitUntil(() => consumer.state === 'failed', 'failed');
    expect(consumer.status.rule).toBe('nats.js-api.10059');
  });
});

describe('key-value watch on a real nats-server -js', () => {
  it('yields the latest values, then updates; history and updates-only when asked', async () => {
    const server = await startJetStreamServer();
    const session = await connected(testSession({ servers: server.url }));
    const js = jetstream(session, { timeout: 2000 });
    const kv = js.kv('cfg');
    await kv.create({ history: 5 });
    await kv.put('a', '1');
    await kv.put('a', '2');
    await kv.put('b', 'x');

    const latest = kv.watch();
    const history = kv.watch('a', { history: true });
    const updates = kv.watch('>', { updatesOnly: true });
    const read = async (watch: typeof latest, n: number) => {
      const out: string[] = [];
      for await (const entry of watch) {
        out.push(`${entry.key}=${entry.string()}:${entry.operation}`);
        if (out.length === n) break;
      }
      return out;
    };
    const latestRead = read(latest, 4);
    const historyRead = read(history, 3);
    const updatesRead = read(updates, 2);
    await waitUntil(() => updates.consumer.state === 'consuming', 'updates watch consuming');
    await kv.put('a', '3');
    await kv.delete('b');
    expect(await latestRead).toEqual(['a=2:PUT', 'b=x:PUT', 'a=3:PUT', 'b=:DEL']);
    expect(await historyRead).toEqual(['a=1:PUT', 'a=2:PUT', 'a=3:PUT']);
    expect(await updatesRead).toEqual(['a=3:PUT', 'b=:DEL']);
    for (const watch of [latest, history, updates]) watch.stop();
    expect(latest.consumer.state).toBe('stopped');
  });
});
