import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createNatsSession, NatsError, type NatsSession } from '../../src/protocols/nats/index.ts';
import { startNatsServer, stopAllNatsServers } from './harness/natsServer.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

const sessions: NatsSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.disconnect();
  await stopAllNatsServers();
});

function session(options: Parameters<typeof createNatsSession>[0]): NatsSession {
  const s = createNatsSession({ reconnectTimeWait: 50, reconnectJitter: 10, timeout: 2000, ...options });
  sessions.push(s);
  return s;
}

describe.each(['tcp', 'ws'] as const)('NATS session basics over %s', (kind) => {
  it('connects, subscribes with a queue group, publishes, requests and drains', async () => {
    const server = await startNatsServer({ websocket: true });
    const url = kind === 'tcp' ? server.url : server.wsUrl;
    const s = session({ servers: [url], WebSocket, name: 'basic' });
    s.connect();
    await waitUntil(() => s.state === 'connected', 'connected');
    const sub = s.subscribe('greet.*', { queue: 'workers' });
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const got = collect<{ subject: string; text(): string }>((cb) => sub.on('message', cb));
    expect(s.publish('greet.a', 'hello')).toBe(true);
    await waitUntil(() => got.length === 1, 'message');
    expect(got[0]?.subject).toBe('greet.a');
    expect(got[0]?.text()).toBe('hello');

    const service = s.subscribe('svc.echo');
    service.on('message', (m) => m.reply && s.publish(m.reply, `echo:${m.text()}`));
    await waitUntil(() => service.state === 'subscribed', 'service subscribed');
    expect((await s.request('svc.echo', 'x')).text()).toBe('echo:x');
    await expect(s.request('nobody.home', 'x')).rejects.toMatchObject({ code: 'no-responders' });
    expect(() => s.publish('bad subject')).toThrow(NatsError);
    const silent = s.subscribe('svc.silent');
    await waitUntil(() => silent.state === 'subscribed', 'silent subscribed');
    await expect(s.request('svc.silent', 'x', { timeout: 100 })).rejects.toMatchObject({ code: 'timeout' });

    await s.drain();
    expect(s.state).toBe('idle');
    expect(sub.state).toBe('unsubscribed');
  });

  it('refuses work while not connected with typed errors, and writes nothing', async () => {
    const s = session({ servers: ['nats://127.0.0.1:1'], WebSocket });
    await expect(s.request('svc.echo', 'x')).rejects.toMatchObject({ code: 'disconnected' });
    expect(s.publish('a.b', 'x')).toBe(false);
    const sub = s.subscribe('a.b');
    expect(sub.state).toBe('subscribing');
    expect(sub.status.phase).toBe('waiting');
  });

  it('authenticates with a token, carries headers both ways and feeds the inspector', async () => {
    const server = await startNatsServer({ websocket: true, config: 'authorization { token: "s3cret" }' });
    const url = kind === 'tcp' ? server.url : server.wsUrl;
    let inspected = 0;
    const s = session({ servers: [url], WebSocket, token: 's3cret', inspect: () => inspected++ });
    s.connect();
    await waitUntil(() => s.state === 'connected', 'connected with a token');
    const sub = s.subscribe('hdr.test');
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const got = collect<{ headers: unknown; text(): string }>((cb) => sub.on('message', cb));
    s.publish('hdr.test', 'body', { headers: { 'X-Trace': 'abc', Other: 'two words' } });
    await waitUntil(() => got.length === 1, 'message with headers');
    expect(got[0]?.text()).toBe('body');
    expect(got[0]?.headers).toMatchObject({
      entries: [
        ['X-Trace', 'abc'],
        ['Other', 'two words'],
      ],
    });
    expect(inspected).toBeGreaterThan(0);
  });
});
