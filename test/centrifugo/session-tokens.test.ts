import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('tokens');

describe('connection tokens', () => {
  it('UnauthorizedError from getToken ends the session without opening a socket', async () => {
    const { session, conns } = sessionWith([], {
      getToken: async () => {
        throw new UnauthorizedError();
      },
    });
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(session.status).toMatchObject({ lastCode: 1, rule: 'centrifugo.client.disconnected.1' });
    expect(conns()).toHaveLength(0);
  });

  it('any other getToken failure backs off and tries again', async () => {
    let calls = 0;
    const { session, conns } = sessionWith([{}], {
      getToken: async () => {
        calls++;
        if (calls === 1) throw new Error('token service down');
        return 'tok';
      },
    });
    session.connect();
    await until(() => session.state === 'connected', 'connected on the second try');
    expect(calls).toBe(2);
    expect(conns()[0]?.commands[0]?.body.token).toBe('tok');
  });

  it('an empty token on connect means "connect without a token"', async () => {
    const { session, conns } = sessionWith([{}], { getToken: async () => '' });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    expect(conns()[0]?.commands[0]?.body).not.toHaveProperty('token');
  });

  it('a second 109 in a row closes instead of refreshing forever (deviation 2)', async () => {
    const expired = { connect: { error: { code: 109, message: 'token expired' } } };
    let calls = 0;
    const { session, conns } = sessionWith([expired, expired, {}], { getToken: async () => `t${++calls}` });
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(conns()).toHaveLength(2);
    expect(session.status.lastCode).toBe(109);
  });

  it('subscribing to a channel twice returns the same handle (deviation 5)', async () => {
    const { session } = sessionWith([{}]);
    const first = session.subscribe('ch');
    expect(session.subscribe('ch')).toBe(first);
    expect(session.subscriptions()).toHaveLength(1);
  });

  it('3014 without getToken reconnects with the token it has', async () => {
    const { session, conns } = sessionWith([{ steps: [{ close: 3014, reason: 'state invalidated' }] }, {}], {
      token: 'static',
    });
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'reconnected');
    expect(conns()[1]?.commands[0]?.body.token).toBe('static');
  });

  it('after a 109 closed a session without getToken, setToken and connect() start over', async () => {
    const { session, conns } = sessionWith(
      [{ connect: { error: { code: 109, message: 'token expired' } } }, {}],
      {
        token: 'old',
      },
    );
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    session.setToken('new');
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    expect(conns()[1]?.commands[0]?.body.token).toBe('new');
  });

  it('sends name, version, data and headers with connect', async () => {
    const { session, conns } = sessionWith([{}], {
      token: 'JWT',
      name: 'demo',
      version: '1.2.3',
      data: { a: 1 },
      headers: { 'X-K': 'v' },
    });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    expect(conns()[0]?.commands[0]?.body).toEqual({
      token: 'JWT',
      name: 'demo',
      version: '1.2.3',
      data: { a: 1 },
      headers: { 'X-K': 'v' },
    });
  });
});

describe('subscription tokens and positions', () => {
  it('a 109 subscribe error fetches a fresh subscription token and resubscribes', async () => {
    const { session, conns } = sessionWith([
      { subscribe: { p: { error: { code: 109, message: 'token expired' } } } },
    ]);
    const tokens = ['s1', 's2'];
    session.subscribe('p', { getToken: async () => tokens.shift() ?? 'spare' });
    session.connect();
    await until(
      () => (conns()[0]?.commands.filter((c) => c.kind === 'subscribe').length ?? 0) >= 2,
      'resubscribe',
    );
    const sent = conns()[0]
      ?.commands.filter((c) => c.kind === 'subscribe')
      .map((c) => c.body.token);
    expect(sent?.slice(0, 2)).toEqual(['s1', 's2']);
  });

  it('UnauthorizedError from a subscription getToken unsubscribes that channel only', async () => {
    const { session } = sessionWith([{}]);
    const denied = session.subscribe('denied', {
      getToken: async () => {
        throw new UnauthorizedError();
      },
    });
    const open = session.subscribe('open');
    session.connect();
    await until(() => denied.state === 'unsubscribed' && open.state === 'subscribed', 'outcomes');
    expect(denied.status).toMatchObject({ lastCode: 1, terminal: true });
    expect(session.state).toBe('connected');
  });

  it('unsubscribe push 2502 resubscribes with the invalid epoch', async () => {
    const { session, conns } = sessionWith([
      {
        subscribe: { '*': { result: { recoverable: true, epoch: 'E1', offset: 5 } } },
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'ch', unsubscribe: { code: 2502, reason: 'state invalidated' } } }] },
        ],
      },
    ]);
    const sub = session.subscribe('ch');
    session.connect();
    await until(
      () => (conns()[0]?.commands.filter((c) => c.kind === 'subscribe').length ?? 0) === 2,
      'resubscribe',
    );
    expect(conns()[0]?.commands.filter((c) => c.kind === 'subscribe')[1]?.body).toMatchObject({
      recover: true,
      epoch: '_',
    });
    await until(() => sub.state === 'subscribed', 'subscribed again');
  });

  it('recovers server-side subscriptions in the next connect and emits recovered publications after subscribe', async () => {
    const { session, conns } = sessionWith([
      {
        connect: { result: { subs: { 'personal:1': { recoverable: true, epoch: 'P', offset: 3 } } } },
        steps: [
          { send: [{ push: { channel: 'personal:1', pub: { data: 'x', offset: 4 } } }] },
          { close: 3001, reason: 'shutdown' },
        ],
      },
      {
        subscribe: {
          ch: {
            result: {
              recoverable: true,
              epoch: 'E',
              offset: 2,
              recovered: true,
              publications: [{ data: 'r', offset: 2 }],
            },
          },
        },
      },
    ]);
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'reconnected');
    expect(conns()[1]?.commands[0]?.body.subs).toEqual({
      'personal:1': { recover: true, offset: 4, epoch: 'P' },
    });
    const sub = session.subscribe('ch');
    const order: string[] = [];
    sub.on('status', (status) => order.push(status.state));
    sub.on('publication', (p) => order.push(`pub:${String(p.data)}`));
    await until(() => order.includes('pub:r'), 'recovered publication');
    expect(order.indexOf('subscribed')).toBeLessThan(order.indexOf('pub:r'));
  });

  it('disconnect() leaves subscriptions subscribing; connect() resubscribes them', async () => {
    const { session, conns } = sessionWith([{}, {}]);
    const sub = session.subscribe('ch');
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed');
    session.disconnect();
    await until(() => session.state === 'idle', 'idle');
    expect(sub.state).toBe('subscribing');
    session.connect();
    await until(() => sub.state === 'subscribed' && conns().length === 2, 'subscribed again');
  });

  it('unsubscribe() sends an unsubscribe command for a subscribed channel', async () => {
    const { session, conns } = sessionWith([{}]);
    const sub = session.subscribe('ch');
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed');
    sub.unsubscribe();
    await until(
      () => conns()[0]?.commands.some((c) => c.kind === 'unsubscribe') === true,
      'unsubscribe command',
    );
    expect(sub.state).toBe('unsubscribed');
    expect(session.state).toBe('connected');
  });

  it('delivers async messages and join/leave pushes', async () => {
    const { session } = sessionWith([
      {
        steps: [
          { waitFor: 'subscribe' },
          {
            send: [
              { push: { message: { data: { hello: 'world' } } } },
              { push: { channel: 'ch', join: { info: { user: 'u', client: 'c' } } } },
            ],
          },
        ],
      },
    ]);
    const messages: unknown[] = [];
    const joins: string[] = [];
    session.on('message', (m) => messages.push(m.data));
    session.subscribe('ch', { joinLeave: true }).on('join', (j) => joins.push(j.info.user));
    session.connect();
    await until(() => messages.length === 1 && joins.length === 1, 'message and join');
    expect(messages).toEqual([{ hello: 'world' }]);
    expect(joins).toEqual(['u']);
  });
});
