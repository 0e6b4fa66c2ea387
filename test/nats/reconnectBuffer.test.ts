import { expect, it } from 'vitest';
import { NatsError, type NatsMessage } from '../../src/protocols/nats/index.ts';
import { describeOverTransports } from './harness/describeOverTransports.ts';
import { startNatsCluster } from './harness/natsCluster.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { connected, testSession, urlOf } from './harness/sessionFixture.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

/** Six-digit sequence numbers: every PUB frame has the same size, so the buffer's capacity is exact. */
const seq = (n: number) => String(n).padStart(6, '0');
const SUBJECT = 'burst.x';
const FRAME_BYTES = `PUB ${SUBJECT} 6\r\n`.length + 6 + 2;
const LIMIT = 4096;

describeOverTransports('reconnect buffer over %s', (kind) => {
  it('kill and restart the server during a publish burst: every accepted publish arrives once, in order; the rest throw', async () => {
    const server = await startNatsServer({ websocket: true });
    const session = await connected(testSession({ servers: urlOf(server, kind), reconnectBufSize: LIMIT }));
    // The subscriber reconnects with the publisher: its SUB is written before the buffered PUBs.
    const sub = session.subscribe(SUBJECT);
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const expected: string[] = [];
    let next = 0;

    // Before the kill: written, and the server confirms it processed them (PONG).
    for (; next < 100; next++) expect(session.publish(SUBJECT, seq(next))).toBe(true);
    expected.push(...Array.from({ length: 100 }, (_, i) => seq(i)));
    expect(await session.flush()).toBe(true);

    await server.stop();
    await waitUntil(() => session.state === 'reconnecting', 'reconnecting');
    // The burst goes on while the server is down: kept until the buffer is full, then typed errors.
    let accepted = 0;
    const refused: NatsError[] = [];
    for (let i = 0; i < 300; i++, next++) {
      try {
        expect(session.publish(SUBJECT, seq(next))).toBe(true);
        expected.push(seq(next));
        accepted++;
      } catch (error) {
        refused.push(error as NatsError);
      }
    }
    expect(accepted).toBe(Math.floor(LIMIT / FRAME_BYTES));
    expect(refused).toHaveLength(300 - accepted);
    expect(refused.every((e) => e instanceof NatsError && e.code === 'reconnect-buffer-full')).toBe(true);

    await server.start();
    await waitUntil(() => session.state === 'connected', 'reconnected');
    for (let i = 0; i < 50; i++, next++) {
      expect(session.publish(SUBJECT, seq(next))).toBe(true);
      expected.push(seq(next));
    }
    expect(await session.flush()).toBe(true);
    await waitUntil(() => got.length >= expected.length, `${expected.length} messages`);
    // One more round trip: nothing beyond the expected ones is on its way.
    expect(await session.flush()).toBe(true);
    expect(got.map((m) => m.text())).toEqual(expected);
    expect(session.stats().outMsgs).toBe(expected.length);
  });

  it('reconnectBufSize: 0 keeps the old rule: publish returns false while reconnecting and nothing is sent later', async () => {
    const server = await startNatsServer({ websocket: true });
    const session = await connected(testSession({ servers: urlOf(server, kind), reconnectBufSize: 0 }));
    const sub = session.subscribe(SUBJECT);
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    await server.stop();
    await waitUntil(() => session.state === 'reconnecting', 'reconnecting');
    expect(session.publish(SUBJECT, 'dropped')).toBe(false);
    await server.start();
    await waitUntil(() => sub.state === 'subscribed', 'resubscribed');
    session.publish(SUBJECT, 'after');
    expect(await session.flush()).toBe(true);
    await waitUntil(() => got.length > 0, 'the message after the reconnect');
    expect(got.map((m) => m.text())).toEqual(['after']);
  });

  it('disconnect() drops what the buffer holds; publishing while idle returns false', async () => {
    const server = await startNatsServer({ websocket: true });
    const session = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = session.subscribe(SUBJECT);
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    await server.stop();
    await waitUntil(() => session.state === 'reconnecting', 'reconnecting');
    expect(session.publish(SUBJECT, 'held')).toBe(true);
    session.disconnect();
    expect(session.publish(SUBJECT, 'idle')).toBe(false);
    await server.start();
    await connected(session);
    await waitUntil(() => sub.state === 'subscribed', 'resubscribed');
    session.publish(SUBJECT, 'fresh');
    expect(await session.flush()).toBe(true);
    await waitUntil(() => got.length > 0, 'the fresh message');
    expect(got.map((m) => m.text())).toEqual(['fresh']);
  });

  it('a request made while reconnecting is sent after the reconnect and answered; a full buffer rejects it', async () => {
    const server = await startNatsServer({ websocket: true });
    const session = await connected(testSession({ servers: urlOf(server, kind), reconnectBufSize: 200 }));
    const service = session.subscribe('svc.later');
    service.on('message', (m) => m.respond(`re:${m.text()}`));
    await waitUntil(() => service.state === 'subscribed', 'service subscribed');
    expect((await session.request('svc.later', 'warm')).text()).toBe('re:warm');
    await server.stop();
    await waitUntil(() => session.state === 'reconnecting', 'reconnecting');
    const answer = session.request('svc.later', 'held', { timeout: 15_000 });
    // The first request took most of the 200 bytes: the next one does not fit.
    await expect(session.request('svc.later', 'x'.repeat(150))).rejects.toMatchObject({
      code: 'reconnect-buffer-full',
    });
    await server.start();
    expect((await answer).text()).toBe('re:held');
  });

  it('a subscriber on another node that survives gets exactly what was accepted: the publisher’s node killed mid-burst, then restarted', async () => {
    const [home, other] = await startNatsCluster(2);
    const publisher = await connected(
      testSession({
        servers: [urlOf(home!, kind), urlOf(other!, kind)],
        noRandomize: true,
        reconnectBufSize: LIMIT,
      }),
    );
    expect(publisher.status.server).toBe(urlOf(home!, kind));
    const subscriber = await connected(
      testSession({ servers: urlOf(other!, kind), ignoreClusterUpdates: true }),
    );
    const sub = subscriber.subscribe(SUBJECT);
    const got: string[] = [];
    sub.on('message', (m) => got.push(m.text()));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed on the other node');
    // The route carries the interest to the publisher's node: probes arrive once it has.
    await waitUntil(() => {
      if (got.length === 0) publisher.publish(SUBJECT, 'probe');
      return got.length > 0;
    }, 'interest reached the publisher’s node');
    expect(await publisher.flush()).toBe(true);
    expect(await subscriber.flush()).toBe(true);
    got.length = 0;

    const expected: string[] = [];
    let next = 0;
    for (; next < 100; next++) {
      publisher.publish(SUBJECT, seq(next));
      expected.push(seq(next));
    }
    // Every one of them crossed the route before the kill, so none is in flight when it happens.
    await waitUntil(() => got.length === 100, 'the first 100 on the other node');
    // The failover to the other node is immediate: the burst runs in the status listener, while
    // the state is `reconnecting`.
    let accepted = 0;
    let refused = 0;
    const off = publisher.on('status', (status) => {
      if (status.state !== 'reconnecting' || accepted + refused > 0) return;
      for (let i = 0; i < 300; i++, next++) {
        try {
          publisher.publish(SUBJECT, seq(next));
          expected.push(seq(next));
          accepted++;
        } catch (error) {
          expect(error).toMatchObject({ code: 'reconnect-buffer-full' });
          refused++;
        }
      }
    });
    const stopped = home!.stop();
    await waitUntil(() => accepted + refused > 0, 'the burst while reconnecting');
    off();
    expect([accepted, refused]).toEqual([
      Math.floor(LIMIT / FRAME_BYTES),
      300 - Math.floor(LIMIT / FRAME_BYTES),
    ]);
    await stopped;
    await waitUntil(() => publisher.state === 'connected', 'publisher on the surviving node');
    expect(publisher.status.server).toBe(urlOf(other!, kind));
    expect(await publisher.flush()).toBe(true);
    await home!.start();
    for (let i = 0; i < 50; i++, next++) {
      publisher.publish(SUBJECT, seq(next));
      expected.push(seq(next));
    }
    expect(await publisher.flush()).toBe(true);
    await waitUntil(() => got.length >= expected.length, `${expected.length} messages on the other node`);
    expect(await subscriber.flush()).toBe(true);
    expect(got).toEqual(expected);
    expect(subscriber.state).toBe('connected');
  });
});
