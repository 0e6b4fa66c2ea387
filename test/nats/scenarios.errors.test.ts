import { expect, it } from 'vitest';
import { aliceConfig, bobConfig } from './harness/authConfig.ts';
import { describeOverTransports } from './harness/describeOverTransports.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { connected, deliversAfterRecovery, stateLog, testSession, urlOf } from './harness/sessionFixture.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

describeOverTransports('server errors over %s', (kind) => {
  it('closes on a wrong password (second auth error in a row)', async () => {
    const server = await startNatsServer({ websocket: true, config: aliceConfig('good') });
    const session = testSession({
      servers: urlOf(server, kind),
      user: 'alice',
      pass: 'bad',
      maxReconnectAttempts: -1,
    });
    const errors = collect<{ text: string }>((cb) => session.on('error', cb));
    session.connect();
    await waitUntil(() => session.state === 'closed', 'closed');
    expect(errors.map((e) => e.text)).toEqual(['Authorization Violation', 'Authorization Violation']);
    expect(session.status).toMatchObject({ terminal: true, rule: 'nats.err.authorization-violation' });
  });

  it('refreshes, then closes when the password changes and the server reloads mid-session', async () => {
    const server = await startNatsServer({ websocket: true, config: aliceConfig('one') });
    const session = await connected(
      testSession({ servers: urlOf(server, kind), user: 'alice', pass: 'one' }),
    );
    const states = stateLog(session);
    server.setConfig(aliceConfig('two'));
    server.reload();
    await waitUntil(() => session.state === 'closed', 'closed');
    expect(states).toEqual(['connected', 'reconnecting', 'connecting', 'closed']);
    expect(session.status.rule).toBe('nats.err.authorization-violation');
  });

  it('recovers from a password change when the credentials callback returns the new password', async () => {
    const server = await startNatsServer({ websocket: true, config: aliceConfig('one') });
    let current = 'one';
    const asked: boolean[] = [];
    const session = await connected(
      testSession({
        servers: urlOf(server, kind),
        credentials: async ({ fresh }) => {
          asked.push(fresh);
          return { user: 'alice', pass: current };
        },
      }),
    );
    const sub = session.subscribe('cred.test');
    const texts = collect<{ text(): string }>((cb) => sub.on('message', cb));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const states = stateLog(session);
    current = 'two';
    server.setConfig(aliceConfig('two'));
    server.reload();
    await waitUntil(() => states.includes('reconnecting') && session.state === 'connected', 'refreshed');
    expect(states).toEqual(['connected', 'reconnecting', 'connecting', 'connected']);
    expect(asked).toEqual([false, true]);
    await waitUntil(() => sub.state === 'subscribed', 'resubscribed');
    await deliversAfterRecovery(session, 'cred.test', () => texts.length > 0);
  });

  it('keeps retrying on Maximum Connections Exceeded and closes when the pool gives up', async () => {
    const server = await startNatsServer({ websocket: true, config: 'max_connections: 1' });
    const occupant = await connected(testSession({ servers: server.url }));
    const second = testSession({ servers: urlOf(server, kind), maxReconnectAttempts: 3 });
    const errors = collect<{ text: string }>((cb) => second.on('error', cb));
    second.connect();
    await waitUntil(() => second.state === 'closed', 'closed after 3 failed dials');
    expect(errors.map((e) => e.text)).toEqual(Array(3).fill('maximum connections exceeded'));
    expect(second.status.rule).toBe('nats.pool.exhausted');
    // connect() starts over from the configured servers, and succeeds once there is room.
    occupant.disconnect();
    second.connect();
    await waitUntil(() => second.state === 'connected', 'connected once the slot is free');
  });

  it('reconnects after Maximum Payload Violation and keeps its subscriptions', async () => {
    const server = await startNatsServer({ websocket: true, config: 'max_payload: 1024' });
    const session = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = session.subscribe('payload.ok');
    const texts = collect<{ text(): string }>((cb) => sub.on('message', cb));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const states = stateLog(session);
    // Bypass the client-side guard the way the spec's recipe does for nats.js.
    session.info!.max_payload = 1e7;
    session.publish('payload.big', new Uint8Array(2000));
    await waitUntil(() => states.includes('reconnecting') && session.state === 'connected', 'reconnected');
    expect(states[1]).toBe('reconnecting');
    await waitUntil(() => sub.state === 'subscribed', 'resubscribed');
    await deliversAfterRecovery(session, 'payload.ok', () => texts.length > 0);
    expect(() => session.publish('payload.big', new Uint8Array(2000))).toThrow(/1024/);
  });

  it('ends only the subscription a Permissions Violation for Subscription names', async () => {
    const server = await startNatsServer({ websocket: true, config: bobConfig });
    const session = await connected(testSession({ servers: urlOf(server, kind), user: 'bob', pass: 'pw' }));
    const states = stateLog(session);
    const denied = session.subscribe('secret.x');
    const deniedQueue = session.subscribe('secret.q', { queue: 'workers' });
    const allowed = session.subscribe('open.x');
    await waitUntil(() => denied.state === 'unsubscribed' && deniedQueue.state === 'unsubscribed', 'denied');
    await waitUntil(() => allowed.state === 'subscribed', 'allowed subscribed');
    expect(denied.status.rule).toBe('nats.err.permissions-violation-for-subscription');
    const texts = collect<{ text(): string }>((cb) => allowed.on('message', cb));
    await deliversAfterRecovery(session, 'open.x', () => texts.length > 0);
    expect(states).toEqual(['connected']);
  });

  it('fails only the publish a Permissions Violation for Publish names', async () => {
    const server = await startNatsServer({ websocket: true, config: bobConfig });
    const session = await connected(testSession({ servers: urlOf(server, kind), user: 'bob', pass: 'pw' }));
    const states = stateLog(session);
    const sub = session.subscribe('open.y');
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const errors = collect<{ text: string }>((cb) => session.on('error', cb));
    session.publish('forbidden.x', 'nope');
    await expect(session.request('forbidden.y', 'nope')).rejects.toMatchObject({ code: 'permission-denied' });
    expect(errors.map((e) => e.text)).toEqual([
      'Permissions Violation for Publish to "forbidden.x"',
      'Permissions Violation for Publish to "forbidden.y"',
    ]);
    const texts = collect<{ text(): string }>((cb) => sub.on('message', cb));
    await deliversAfterRecovery(session, 'open.y', () => texts.length > 0);
    expect(sub.state).toBe('subscribed');
    expect(states).toEqual(['connected']);
  });
});
