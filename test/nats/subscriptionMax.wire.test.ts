import { connect } from '@nats-io/transport-node';
import { afterEach, expect, it } from 'vitest';
import { startNatsServer } from './harness/natsServer.ts';
import { type RecordingProxy, startRecordingProxy } from './harness/recordingProxy.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import { connected, testSession } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

closeSessionsAndServersAfterEach();
let proxy: RecordingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

it('subscription max: UNSUB sid max after SUB, and only the messages still due after a reconnect (as the Go client)', async () => {
  const server = await startNatsServer();
  proxy = await startRecordingProxy(server.port);
  const session = await connected(testSession({ servers: proxy.url }));
  const sub = session.subscribe('max.wire', { max: 5 });
  await waitUntil(() => sub.state === 'subscribed', 'subscribed');
  expect(proxy.sent()).toContain(`SUB max.wire ${sub.sid}\r\nUNSUB ${sub.sid} 5\r\n`);

  const publisher = await connected(testSession({ servers: server.url }));
  for (const t of ['a', 'b']) publisher.publish('max.wire', t);
  await waitUntil(() => sub.received === 2, 'two messages');

  const before = proxy.sent().length;
  await server.stop();
  await waitUntil(() => session.state === 'reconnecting', 'reconnecting');
  await server.start();
  await waitUntil(() => sub.state === 'subscribed' && session.state === 'connected', 'resubscribed');
  expect(proxy.sent().slice(before)).toContain(`SUB max.wire ${sub.sid}\r\nUNSUB ${sub.sid} 3\r\n`);

  await waitUntil(() => publisher.state === 'connected', 'publisher back');
  for (const t of ['c', 'd', 'e', 'f', 'g']) publisher.publish('max.wire', t);
  await waitUntil(() => sub.state === 'unsubscribed', 'ended at max');
  expect(await publisher.flush()).toBe(true);
  expect(await session.flush()).toBe(true);
  expect(sub.received).toBe(5);
});

it('nats.js 3.4 sends the same first UNSUB, but only the SUB after a reconnect (deviation 21)', async () => {
  const server = await startNatsServer();
  proxy = await startRecordingProxy(server.port);
  const nc = await connect({ servers: proxy.url, reconnectTimeWait: 50, reconnectJitter: 10, timeout: 2000 });
  try {
    let received = 0;
    const sub = nc.subscribe('max.wire', { max: 5, callback: () => void received++ });
    await nc.flush();
    const sid = (sub as unknown as { sid: number }).sid;
    expect(proxy.sent()).toContain(`SUB max.wire ${sid}\r\nUNSUB ${sid} 5\r\n`);
    const publisher = await connected(testSession({ servers: server.url }));
    for (const t of ['a', 'b']) publisher.publish('max.wire', t);
    await waitUntil(() => received === 2, 'nats.js got two messages');
    const before = proxy.sent().length;
    await server.stop();
    await server.start();
    await waitUntil(
      () => proxy!.sent().slice(before).includes(`SUB max.wire ${sid}`),
      'nats.js resubscribed',
    );
    await nc.flush();
    // No UNSUB with the remaining count: the server would deliver without end; nats.js stops at 5 itself.
    expect(proxy.sent().slice(before)).not.toMatch(new RegExp(`UNSUB ${sid}\\b`));
    await waitUntil(() => publisher.state === 'connected', 'publisher back');
    for (const t of ['c', 'd', 'e', 'f', 'g']) publisher.publish('max.wire', t);
    await waitUntil(() => received === 5, 'nats.js got five in all');
    expect(await publisher.flush()).toBe(true);
    await nc.flush();
    expect(received).toBe(5);
  } finally {
    await nc.close();
  }
});
