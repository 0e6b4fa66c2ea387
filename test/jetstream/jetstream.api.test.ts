import { describe, expect, it } from 'vitest';
import { JetStreamError, jetstream } from '../../src/protocols/nats/jetstream/index.ts';
import { connected, testSession } from '../nats/harness/sessionFixture.ts';
import { cleanUpAfterEach, startJetStreamServer } from './harness/jetStreamServer.ts';

cleanUpAfterEach();

async function setup() {
  const server = await startJetStreamServer();
  const session = await connected(testSession({ servers: server.url }));
  return { server, session, js: jetstream(session, { timeout: 2000 }) };
}

describe('JetStream API on a real nats-server -js', () => {
  it('creates a stream, publishes with acks and reads its info', async () => {
    const { js } = await setup();
    const info = await js.manager.addStream({ name: 'ORDERS', subjects: ['orders.>'] });
    expect(info.config.name).toBe('ORDERS');
    const first = await js.publish('orders.new', 'a');
    const second = await js.publish('orders.new', 'b');
    expect(first).toMatchObject({ stream: 'ORDERS', seq: 1 });
    expect(second.seq).toBe(2);
    expect((await js.manager.streamInfo('ORDERS')).state.messages).toBe(2);
  });

  it('de-duplicates by msgID: the second publish is acknowledged as a duplicate', async () => {
    const { js } = await setup();
    await js.manager.addStream({ name: 'D', subjects: ['d.>'] });
    const a = await js.publish('d.x', 'one', { msgID: 'id-1' });
    const b = await js.publish('d.x', 'one', { msgID: 'id-1' });
    expect(a.duplicate).toBeFalsy();
    expect(b).toMatchObject({ seq: a.seq, duplicate: true });
    expect((await js.manager.streamInfo('D')).state.messages).toBe(1);
  });

  it('turns a wrong expected last sequence into err_code 10071 with verdict conflict', async () => {
    const { js } = await setup();
    await js.manager.addStream({ name: 'E', subjects: ['e.>'] });
    await js.publish('e.x', '1');
    const error = await js.publish('e.x', '2', { expectedLastSequence: 7 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetStreamError);
    expect(error).toMatchObject({
      code: 'api',
      errCode: 10071,
      verdict: { action: 'conflict', rule: 'nats.js-api.10071' },
    });
    expect((error as JetStreamError).remediation).toMatch(/Read the stream again/);
    const wrongStream = await js.publish('e.x', '2', { expectedStream: 'OTHER' }).catch((e: unknown) => e);
    expect(wrongStream).toMatchObject({ errCode: 10060, verdict: { action: 'fail' } });
  });

  it('classifies stream and consumer not found from the server (10059, 10014) and does not retry them', async () => {
    const { js } = await setup();
    const stream = await js.manager.streamInfo('NOPE').catch((e: unknown) => e);
    expect(stream).toMatchObject({ code: 'api', errCode: 10059, attempts: 1, verdict: { action: 'fail' } });
    await js.manager.addStream({ name: 'S', subjects: ['s.>'] });
    const consumer = await js.manager.consumerInfo('S', 'nope').catch((e: unknown) => e);
    expect(consumer).toMatchObject({ errCode: 10014, verdict: { rule: 'nats.js-api.10014' } });
  });

  it('never resends a publish without a msgID; with one it retries no-responders up to maxAttempts', async () => {
    const { js } = await setup();
    const once = await js.publish('nostream.x', 'a').catch((e: unknown) => e);
    expect(once).toMatchObject({ code: 'no-responders', attempts: 1, verdict: { action: 'retry' } });
    const retried = await js
      .publish('nostream.x', 'a', { msgID: 'm1', maxAttempts: 3 })
      .catch((e: unknown) => e);
    expect(retried).toMatchObject({ code: 'no-responders', attempts: 3 });
  });
});
