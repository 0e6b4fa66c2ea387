import { expect, it } from 'vitest';
import { headers, MsgHeaders, type NatsError, type NatsMessage } from '../../src/protocols/nats/index.ts';
import { describeOverTransports } from './harness/describeOverTransports.ts';
import { startNatsCluster } from './harness/natsCluster.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { connected, stateLog, testSession, urlOf } from './harness/sessionFixture.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

/** Waits until `sub` is subscribed. */
const subscribed = (sub: { state: string }) => waitUntil(() => sub.state === 'subscribed', 'subscribed');

describeOverTransports('nats.js connection options over %s', (kind) => {
  it('noEcho: the session does not get its own publications, others still arrive', async () => {
    const server = await startNatsServer({ websocket: true });
    const quiet = await connected(testSession({ servers: urlOf(server, kind), noEcho: true }));
    const other = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = quiet.subscribe('echo.test');
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await subscribed(sub);
    quiet.publish('echo.test', 'own');
    expect(await quiet.flush()).toBe(true);
    other.publish('echo.test', 'other');
    await waitUntil(() => got.length > 0, 'the other session’s message');
    // Same server, same subscriber: had echo been on, `own` would have arrived first.
    expect(got.map((m) => m.text())).toEqual(['other']);
  });

  it('inboxPrefix names reply subjects; msg.respond() answers with headers', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind), inboxPrefix: 'acme.replies' }));
    const service = s.subscribe('svc.who');
    const replies: string[] = [];
    service.on('message', (m) => {
      replies.push(m.reply ?? '');
      m.respond(`hi ${m.text()}`, { headers: { 'X-Who': ['a', 'b'] } });
    });
    await subscribed(service);
    const answer = await s.request('svc.who', 'bob');
    expect(answer.text()).toBe('hi bob');
    expect(answer.headers?.values('X-Who')).toEqual(['a', 'b']);
    expect(replies[0]?.startsWith('acme.replies.')).toBe(true);
    expect(s.createInbox().startsWith('acme.replies.')).toBe(true);
    expect(s.createInbox()).not.toBe(s.createInbox());
    expect(() => testSession({ servers: urlOf(server, kind), inboxPrefix: 'bad prefix' })).toThrow(
      expect.objectContaining({ code: 'invalid-subject' }),
    );
  });

  it('stats() counts messages and bytes both ways; rtt() measures a round trip', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = s.subscribe('stats.x');
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await subscribed(sub);
    const before = s.stats();
    const payloads = ['a', 'bb', 'ccc', 'dddd'];
    for (const p of payloads) s.publish('stats.x', p);
    await waitUntil(() => got.length === payloads.length, 'every message back');
    const after = s.stats();
    const bytes = payloads.join('').length;
    expect(after.outMsgs - before.outMsgs).toBe(payloads.length);
    expect(after.outBytes - before.outBytes).toBe(bytes);
    expect(after.inMsgs - before.inMsgs).toBe(payloads.length);
    expect(after.inBytes - before.inBytes).toBe(bytes);
    const rtt = await s.rtt();
    expect(rtt).toBeGreaterThanOrEqual(0);
    s.disconnect();
    await expect(s.rtt()).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('multi-value headers and a status line travel both ways; bad headers are typed errors', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = s.subscribe('hdr.multi');
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await subscribed(sub);
    const h = headers(409, 'Conflict').append('X-A', '1').append('X-A', '2').set('X-B', 'b');
    s.publish('hdr.multi', 'x', { headers: h });
    s.publish('hdr.multi', 'y', { headers: { 'X-List': ['p', 'q', 'r'], One: 'v' } });
    await waitUntil(() => got.length === 2, 'both messages');
    const [first, second] = got as [NatsMessage, NatsMessage];
    expect(first.headers).toBeInstanceOf(MsgHeaders);
    expect([first.headers?.code, first.headers?.description, first.headers?.hasError]).toEqual([
      409,
      'Conflict',
      true,
    ]);
    expect(first.headers?.values('X-A')).toEqual(['1', '2']);
    expect(first.headers?.get('x-b', true)).toBe('b');
    expect(first.headers?.get('x-b')).toBe('');
    expect(second.headers?.values('X-List')).toEqual(['p', 'q', 'r']);
    expect(second.headers?.keys()).toEqual(['X-List', 'One']);
    expect(second.headers?.code).toBe(0);
    expect(second.headers?.status).toBeUndefined();
    for (const bad of [{ 'Bad Name': 'v' }, { Ok: 'line\r\nPUB evil 0' }, { 'a:b': 'v' }]) {
      expect(() => s.publish('hdr.multi', 'z', { headers: bad })).toThrow(
        expect.objectContaining({ code: 'invalid-header' }),
      );
    }
    expect(() => headers(1000)).toThrow(expect.objectContaining({ code: 'invalid-header' }));
    // No responders: the server's status line (NATS/1.0 503) reaches the message as code/description.
    const probe = s.subscribe(s.createInbox());
    const status = collect<NatsMessage>((cb) => probe.on('message', cb));
    await subscribed(probe);
    s.publish('nobody.listens', 'x', { reply: probe.subject });
    await waitUntil(() => status.length === 1, 'a 503 status message');
    // nats-server 2.9 sends the bare `NATS/1.0 503` (no description; newer servers add one).
    expect([status[0]?.headers?.code, status[0]?.headers?.hasError, status[0]?.data.length]).toEqual([
      503,
      true,
      0,
    ]);
  });

  it('reconnect() drops the connection and dials at once; subscriptions come back', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = s.subscribe('force.x');
    const got = collect<NatsMessage>((cb) => sub.on('message', cb));
    await subscribed(sub);
    const states = stateLog(s);
    const rules: (string | null)[] = [];
    s.on('status', (st) => rules.push(st.rule));
    await s.reconnect();
    await waitUntil(() => states.includes('reconnecting') && s.state === 'connected', 'reconnected');
    expect(rules).toContain('nats.client.reconnect');
    await subscribed(sub);
    s.publish('force.x', 'after');
    await waitUntil(() => got.length === 1, 'a message after the forced reconnect');
    s.disconnect();
    await expect(s.reconnect()).rejects.toMatchObject({ code: 'closed' });
  });

  it('reconnect: false closes when a working connection drops (rule nats.reconnect.disabled)', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind), reconnect: false }));
    await server.stop();
    await waitUntil(() => s.state === 'closed', 'closed');
    expect(s.status.rule).toBe('nats.reconnect.disabled');
    expect(s.status.terminal).toBe(true);
    // connect() starts a new round: it may dial again.
    await server.start();
    await connected(s);
  });

  it('waitOnFirstConnect: false gives up after one dial per server; true keeps dialling until the server is up', async () => {
    const server = await startNatsServer({ websocket: true });
    const url = urlOf(server, kind);
    await server.stop();
    const once = testSession({ servers: url, waitOnFirstConnect: false, maxReconnectAttempts: 5 });
    const tries = collect<{ attempt: number }>((cb) => once.on('status', cb));
    once.connect();
    await waitUntil(() => once.state === 'closed', 'closed after one failed dial');
    expect(once.status.rule).toBe('nats.pool.exhausted');
    expect(Math.max(...tries.map((t) => t.attempt))).toBe(1);

    // maxReconnectAttempts: 1 would empty the pool at the first failure; waitOnFirstConnect does not count it.
    const patient = testSession({ servers: url, waitOnFirstConnect: true, maxReconnectAttempts: 1 });
    patient.connect();
    await waitUntil(() => patient.status.attempt >= 3, 'three failed dials, still trying');
    expect(patient.state).toBe('reconnecting');
    await server.start();
    await waitUntil(() => patient.state === 'connected', 'connected once the server is up');
  });

  it('reconnectDelayHandler decides the waits after the first reconnect', async () => {
    const server = await startNatsServer({ websocket: true });
    let calls = 0;
    const s = await connected(
      testSession({
        servers: urlOf(server, kind),
        reconnectDelayHandler: () => {
          calls++;
          return 20;
        },
      }),
    );
    await server.stop();
    await waitUntil(() => calls >= 2, 'the handler was asked for two waits');
    await server.start();
    await waitUntil(() => s.state === 'connected', 'back');
  });

  it('emits ping on every keepalive tick', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = testSession({ servers: urlOf(server, kind), pingInterval: 30 });
    const pings = collect<{ pendingPings: number }>((cb) => s.on('ping', cb));
    await connected(s);
    await waitUntil(() => pings.length >= 3, 'three keepalive ticks');
    // Answered PINGs: each tick counts only itself.
    expect(pings.every((p) => p.pendingPings >= 1)).toBe(true);
    expect(pings.some((p) => p.pendingPings === 1)).toBe(true);
  });
});

describeOverTransports('subscription options over %s', (kind) => {
  it('max: exactly max messages, then unsubscribed; the for-await loop ends', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = s.subscribe('max.x', { max: 3 });
    await subscribed(sub);
    for (let i = 0; i < 5; i++) s.publish('max.x', `${i}`);
    const texts: string[] = [];
    for await (const m of sub) texts.push(m.text());
    expect(texts).toEqual(['0', '1', '2']);
    expect(sub.state).toBe('unsubscribed');
    expect([sub.received, sub.max]).toEqual([3, 3]);
    // unsubscribe(max) after the fact: ends once max messages arrived in all.
    const later = s.subscribe('max.y');
    await subscribed(later);
    s.publish('max.y', 'a');
    await waitUntil(() => later.received === 1, 'one message');
    later.unsubscribe(2);
    s.publish('max.y', 'b');
    s.publish('max.y', 'c');
    await waitUntil(() => later.state === 'unsubscribed', 'ended at 2');
    expect(await s.flush()).toBe(true);
    expect(later.received).toBe(2);
  });

  it('timeout: a typed error when no message comes; none once a message came', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const fed = s.subscribe('timeout.fed', { timeout: 100 });
    const fedErrors = collect<NatsError>((cb) => fed.on('error', cb));
    await subscribed(fed);
    s.publish('timeout.fed', 'x');
    await waitUntil(() => fed.received === 1, 'message in time');
    // Created after the first one's message: when it times out, the first one's timer was due too.
    const silent = s.subscribe('timeout.silent', { timeout: 150 });
    const errors = collect<NatsError>((cb) => silent.on('error', cb));
    await expect(
      (async () => {
        for await (const _ of silent);
      })(),
    ).rejects.toMatchObject({ code: 'timeout' });
    expect(errors.map((e) => e.code)).toEqual(['timeout']);
    expect(silent.state).toBe('unsubscribed');
    expect(fedErrors).toEqual([]);
    expect(fed.state).toBe('subscribed');
  });

  it('for await ends on unsubscribe (after the queued messages) and on stop()', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = s.subscribe('iter.x');
    const iterated = (async () => {
      const texts: string[] = [];
      for await (const m of sub) {
        texts.push(m.text());
        if (texts.length === 2) sub.unsubscribe();
      }
      return texts;
    })();
    await subscribed(sub);
    for (const t of ['a', 'b']) s.publish('iter.x', t);
    expect(await iterated).toEqual(['a', 'b']);
    s.publish('iter.x', 'c');
    expect(await s.flush()).toBe(true);
    expect(sub.received).toBe(2);

    const other = s.subscribe('iter.y');
    const ended = (async () => {
      let n = 0;
      for await (const _ of other) n++;
      return n;
    })();
    await subscribed(other);
    s.stop();
    expect(await ended).toBe(0);
  });

  it('slow: one slowConsumer event when the for-await queue passes the limit', async () => {
    const server = await startNatsServer({ websocket: true });
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const events = collect<{ pending: number; subscription: { subject: string } }>((cb) =>
      s.on('slowConsumer', cb),
    );
    const sub = s.subscribe('slow.x', { slow: 2 });
    const messages = sub[Symbol.asyncIterator]();
    await subscribed(sub);
    for (let i = 0; i < 6; i++) s.publish('slow.x', `${i}`);
    await waitUntil(() => sub.received === 6, 'six queued');
    expect(events.map((e) => [e.subscription.subject, e.pending])).toEqual([['slow.x', 3]]);
    expect(sub.pending).toBe(6);
    expect((await messages.next()).value?.text()).toBe('0');
  });
});

describeOverTransports('cluster updates over %s', (kind) => {
  it('emits update when connect_urls grow the pool; ignoreClusterUpdates keeps the configured servers', async () => {
    const nodes = await startNatsCluster(2);
    const first = urlOf(nodes[0]!, kind);
    const learner = testSession({ servers: first });
    const updates = collect<{ added: string[]; deleted: string[] }>((cb) => learner.on('update', cb));
    await connected(learner);
    await waitUntil(() => learner.status.servers.length === 2, 'pool learnt the other node');
    expect(updates.flatMap((u) => u.added)).toHaveLength(1);

    const fixed = testSession({ servers: first, ignoreClusterUpdates: true });
    const none = collect<unknown>((cb) => fixed.on('update', cb));
    await connected(fixed);
    // The learner proves INFO carried connect_urls by now; the fixed session heard the same INFO.
    expect(await fixed.flush()).toBe(true);
    expect(fixed.status.servers).toEqual([first]);
    expect(none).toEqual([]);
  });
});
