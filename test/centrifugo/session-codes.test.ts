import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('codes');

const recoverable = { '*': { result: { recoverable: true, epoch: 'E1', offset: 5 } } };

describe('session reactions to server codes', () => {
  it('an override turns disconnect 3500 from close into reconnect', async () => {
    const disconnect3500 = {
      steps: [{ send: [{ push: { disconnect: { code: 3500, reason: 'invalid token' } } }] }],
    };
    const plain = sessionWith([disconnect3500, {}]);
    plain.session.connect();
    await until(() => plain.session.state === 'closed', 'closed without the override');

    const { session, conns } = sessionWith([disconnect3500, {}], {
      overrides: [
        {
          protocol: 'centrifugo',
          kind: 'disconnect',
          code: 3500,
          verdict: { scope: 'connection', action: 'reconnect' },
          id: 'retry-3500',
        },
      ],
    });
    const states: string[] = [];
    session.on('status', (status) => states.push(`${status.state}:${status.rule}`));
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'reconnected');
    expect(states).toContain('reconnecting:override.retry-3500');
    expect(states.some((s) => s.startsWith('closed'))).toBe(false);
  });

  it('3014 fetches a fresh token and resubscribes with the invalid epoch', async () => {
    let tokens = 0;
    const { session, conns } = sessionWith(
      [
        {
          subscribe: recoverable,
          steps: [{ waitFor: 'subscribe' }, { close: 3014, reason: 'state invalidated' }],
        },
        {},
      ],
      { getToken: async () => `t${++tokens}` },
    );
    session.subscribe('ch');
    session.connect();
    await until(
      () => conns().length === 2 && session.getSubscription('ch')?.state === 'subscribed',
      'resubscribe',
    );
    expect(conns()[0]?.commands[0]?.body.token).toBe('t1');
    expect(conns()[1]?.commands[0]?.body.token).toBe('t2');
    const resub = conns()[1]?.commands.find((c) => c.kind === 'subscribe');
    expect(resub?.body).toMatchObject({ recover: true, epoch: '_' });
    expect(resub?.body.offset).toBeUndefined();
  });

  it('unsubscribe push 2500 resubscribes at once on the same connection; 2000 unsubscribes', async () => {
    const { session, conns } = sessionWith([
      {
        subscribe: recoverable,
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'a', unsubscribe: { code: 2500, reason: 'insufficient state' } } }] },
          { waitFor: 'subscribe', count: 3 },
          { send: [{ push: { channel: 'b', unsubscribe: { code: 2000, reason: 'server unsubscribe' } } }] },
        ],
      },
    ]);
    const a = session.subscribe('a');
    const b = session.subscribe('b');
    session.connect();
    await until(() => b.state === 'unsubscribed', 'b unsubscribed');
    await until(() => a.state === 'subscribed', 'a subscribed again');
    expect(conns()).toHaveLength(1);
    const subscribes =
      conns()[0]?.commands.filter((c) => c.kind === 'subscribe' && c.body.channel === 'a') ?? [];
    expect(subscribes).toHaveLength(2);
    expect(subscribes[1]?.body).toMatchObject({ recover: true, offset: 5, epoch: 'E1' });
    expect(b.status).toMatchObject({ lastCode: 2000, terminal: true });
    expect(conns()[0]?.commands.some((c) => c.kind === 'unsubscribe')).toBe(false);
  });

  it('reconnects when no ping arrives within ping + maxServerPingDelay', async () => {
    const { session, conns } = sessionWith([{ connect: { result: { ping: 1 } } }, {}], {
      maxServerPingDelay: 50,
    });
    session.connect();
    await until(() => conns().length === 2, 'reconnect after missing pings');
    expect(session.status.rule).not.toBeNull();
  });

  it('a 109 connect error refreshes the token and connects again', async () => {
    const tokens = ['old', 'new'];
    const { session, conns } = sessionWith(
      [{ connect: { error: { code: 109, message: 'token expired' } } }, {}],
      {
        getToken: async () => tokens.shift() ?? 'spare',
      },
    );
    session.connect();
    await until(() => session.state === 'connected' && conns().length === 2, 'connected with a fresh token');
    expect(conns().map((c) => c.commands[0]?.body.token)).toEqual(['old', 'new']);
  });

  it('a 109 connect error without getToken ends the session as unauthorized', async () => {
    const { session } = sessionWith([{ connect: { error: { code: 109, message: 'token expired' } } }], {
      token: 'static',
    });
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(session.status.lastCode).toBe(1);
  });

  it('refreshes the connection token before it expires', async () => {
    let n = 0;
    const { session, conns } = sessionWith([{ connect: { result: { expires: true, ttl: 0 } } }], {
      getToken: async () => `t${n++}`,
    });
    session.connect();
    await until(() => conns()[0]?.commands.some((c) => c.kind === 'refresh') === true, 'refresh command');
    expect(conns()[0]?.commands.find((c) => c.kind === 'refresh')?.body).toEqual({ token: 't1' });
    expect(session.state).toBe('connected');
  });

  it('an empty token from getToken on refresh ends the session as unauthorized', async () => {
    const tokens = ['first', ''];
    const { session } = sessionWith([{ connect: { result: { expires: true, ttl: 0 } } }], {
      getToken: async () => tokens.shift() ?? '',
    });
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(session.status.lastCode).toBe(1);
  });

  it('refreshes a subscription token with sub_refresh', async () => {
    const { session, conns } = sessionWith([{ subscribe: { '*': { result: { expires: true, ttl: 0 } } } }]);
    let n = 0;
    session.subscribe('private', { getToken: async () => `s${n++}` });
    session.connect();
    await until(() => conns()[0]?.commands.some((c) => c.kind === 'sub_refresh') === true, 'sub_refresh');
    expect(conns()[0]?.commands.find((c) => c.kind === 'sub_refresh')?.body).toEqual({
      channel: 'private',
      token: 's1',
    });
  });

  it('a sub_refresh error whose verdict is unsubscribe ends the subscription', async () => {
    const { session, conns } = sessionWith([
      {
        subscribe: { '*': { result: { expires: true, ttl: 0 } } },
        answers: { sub_refresh: { error: { code: 103, message: 'permission denied' } } },
      },
    ]);
    let n = 0;
    const sub = session.subscribe('private', { getToken: async () => `s${n++}` });
    session.connect();
    await until(() => sub.state === 'unsubscribed', 'unsubscribed after the refresh error');
    expect(sub.status).toMatchObject({ lastCode: 103, terminal: true });
    expect(session.state).toBe('connected');
    expect(conns()[0]?.commands.filter((c) => c.kind === 'sub_refresh')).toHaveLength(1);
  });

  it('refreshes the connection token, and a refresh error whose verdict is close closes', async () => {
    let n = 0;
    const { session, conns } = sessionWith(
      [
        {
          connect: { result: { expires: true, ttl: 0 } },
          answers: { refresh: { error: { code: 103, message: 'permission denied' } } },
        },
      ],
      { getToken: async () => `c${n++}` },
    );
    session.connect();
    await until(() => session.state === 'closed', 'closed after the refresh error');
    expect(session.status.lastCode).toBe(103);
    expect(conns()[0]?.commands.find((c) => c.kind === 'refresh')?.body).toEqual({ token: 'c1' });
  });

  it('an undecodable frame closes the transport and reconnects', async () => {
    const { session, conns } = sessionWith([{ steps: [{ send: '<html>502 Bad Gateway</html>' }] }, {}]);
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'reconnected');
    expect(session.status.state).toBe('connected');
  });

  it('legacy JSON advice in a close reason wins over the code range', async () => {
    const { session } = sessionWith([
      { steps: [{ close: 3001, reason: '{"reason":"shutdown","reconnect":false}' }] },
    ]);
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(session.status).toMatchObject({ lastCode: 3001, lastReason: 'shutdown' });
  });
});

describe('session timeouts', () => {
  it('a getToken slower than timeout is not a connect timeout', async () => {
    const { session, conns } = sessionWith([{}], {
      timeout: 50,
      getToken: () => new Promise((resolve) => setTimeout(() => resolve('slow'), 150)),
    });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    expect(conns()).toHaveLength(1);
  });

  it('a socket that never opens times out after `timeout` and reconnects', async () => {
    // A TCP server that accepts and never answers the WebSocket handshake.
    const sockets: import('node:net').Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    const { session } = sessionWith([], {
      url: `ws://127.0.0.1:${port}/`,
      timeout: 50,
      backoff: fixedBackoff(10),
    });
    const states: string[] = [];
    session.on('status', (status) => states.push(status.state));
    try {
      session.connect();
      await until(() => sockets.length >= 2, 'a second attempt');
      expect(states).toContain('reconnecting');
      expect(session.status.lastCode).toBeNull();
    } finally {
      session.stop();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('session calls', () => {
  it('publishes, calls rpc, reads history and presence', async () => {
    const { session, conns } = sessionWith([
      {
        answers: {
          history: { result: { publications: [{ data: { a: 1 }, offset: 1 }], epoch: 'E', offset: 1 } },
          presence: { result: { presence: { c1: { client: 'c1', user: 'u1' } } } },
          presence_stats: { result: { num_clients: 2, num_users: 1 } },
        },
      },
    ]);
    session.connect();
    await session.publish('ch', { text: 'hi' });
    expect(await session.rpc('echo', { q: 1 })).toEqual({ q: 1 });
    expect((await session.history('ch', { limit: 10 })).publications[0]?.data).toEqual({ a: 1 });
    expect((await session.presence('ch')).clients).toEqual({ c1: { client: 'c1', user: 'u1' } });
    expect(await session.presenceStats('ch')).toEqual({ numClients: 2, numUsers: 1 });
    expect(conns()[0]?.commands.find((c) => c.kind === 'publish')?.body).toEqual({
      channel: 'ch',
      data: { text: 'hi' },
    });
  });

  it('rejects a call with the server error and its verdict, and times out without closing', async () => {
    const { session } = sessionWith(
      [
        {
          answers: {
            rpc: { error: { code: 1000, message: 'custom', temporary: true } },
            publish: { ignore: true },
          },
        },
      ],
      { timeout: 100 },
    );
    session.connect();
    const rpc = await session.rpc('m', {}).catch((error: unknown) => error);
    expect(rpc).toMatchObject({ code: 1000, temporary: true, origin: 'server' });
    expect((rpc as { verdict?: { scope: string } }).verdict?.scope).toBe('request');
    const publish = await session.publish('ch', 1).catch((error: unknown) => error);
    expect(publish).toMatchObject({ code: 1, origin: 'timeout' });
    expect(session.state).toBe('connected');
  });

  it('rejects calls at once when the session is idle', async () => {
    const { session } = sessionWith([]);
    await expect(session.publish('ch', 1)).rejects.toMatchObject({ code: 3 });
  });
});
