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

it('subscription max: UNSUB sid max after SUB, and only the messages still due after a reconnect (as nats.js)', async () => {
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
