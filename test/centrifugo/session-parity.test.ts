import { describe, expect, it } from 'vitest';
import { centrifugoDebug } from '../../src/protocols/centrifugo/debug/index.ts';
import { CentrifugoCallError, UnauthorizedError } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('parity');

const bodiesOf = (commands: { kind: string; body: Record<string, unknown> }[] | undefined, kind: string) =>
  (commands ?? []).filter((c) => c.kind === kind).map((c) => c.body);

describe('tagsFilter (Centrifugo 6 `tf`)', () => {
  it('is sent as tf; setTagsFilter changes the next subscribe', async () => {
    const { session, conns } = sessionWith([{}]);
    const filter = {
      op: 'and' as const,
      nodes: [{ key: 'ticker', cmp: 'in' as const, vals: ['BTC', 'ETH'] }],
    };
    const sub = session.subscribe('prices', { tagsFilter: filter });
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed');
    sub.setTagsFilter({ key: 'ticker', cmp: 'eq', val: 'SOL' });
    sub.unsubscribe();
    sub.subscribe();
    await until(() => bodiesOf(conns()[0]?.commands, 'subscribe').length === 2, 'a second subscribe');
    sub.setTagsFilter(null);
    sub.unsubscribe();
    sub.subscribe();
    await until(() => bodiesOf(conns()[0]?.commands, 'subscribe').length === 3, 'a third subscribe');
    const [first, second, third] = bodiesOf(conns()[0]?.commands, 'subscribe');
    expect(first?.tf).toEqual(filter);
    expect(second?.tf).toEqual({ key: 'ticker', cmp: 'eq', val: 'SOL' });
    expect(third && 'tf' in third).toBe(false);
  });
});

describe('connect data and headers', () => {
  it('getData runs before every connect; setHeaders and setData change the next connect', async () => {
    let calls = 0;
    // The first connection closes once the test published (after its setHeaders).
    const { session, conns } = sessionWith([{ steps: [{ waitFor: 'publish' }, { close: 3001 }] }, {}], {
      getData: async () => ({ attempt: ++calls }),
      headers: { 'X-Tenant': 'a' },
    });
    session.connect();
    await session.ready();
    session.setHeaders({ 'X-Tenant': 'b' });
    await session.publish('trigger', {});
    await until(() => session.state === 'connected' && conns().length === 2, 'the reconnect');
    const [first, second] = conns().map((c) => bodiesOf(c.commands, 'connect')[0]);
    expect(first).toMatchObject({ data: { attempt: 1 }, headers: { 'X-Tenant': 'a' } });
    expect(second).toMatchObject({ data: { attempt: 2 }, headers: { 'X-Tenant': 'b' } });
  });

  it('setData replaces the data of the next connect', async () => {
    const { session, conns } = sessionWith([{ steps: [{ waitFor: 'publish' }, { close: 3001 }] }, {}], {
      data: { v: 1 },
    });
    session.connect();
    await session.ready();
    session.setData({ v: 2 });
    await session.publish('trigger', {});
    await until(() => session.state === 'connected' && conns().length === 2, 'the reconnect');
    expect(conns().map((c) => bodiesOf(c.commands, 'connect')[0]?.data)).toEqual([{ v: 1 }, { v: 2 }]);
  });

  it('a getData that throws backs off and retries (catalog row), UnauthorizedError closes', async () => {
    let fail = true;
    const { session } = sessionWith([{}], {
      getData: () => {
        if (fail) {
          fail = false;
          throw new Error('data service down');
        }
        return { ok: true };
      },
    });
    const rules: (string | null)[] = [];
    session.on('status', (s) => rules.push(s.rule));
    session.connect();
    await until(() => session.state === 'connected', 'connected after the retry');
    expect(rules).toContain('centrifugo.client.connect-data-failed');

    const { session: refused } = sessionWith([], {
      getData: () => {
        throw new UnauthorizedError('no');
      },
    });
    refused.connect();
    await until(() => refused.state === 'closed', 'closed');
    expect(refused.status.rule).toBe('centrifugo.client.disconnected.1');
  });
});

describe('subscription data and getState', () => {
  it('getData runs before every subscribe; setData is used without getData', async () => {
    let n = 0;
    // The first connection closes once the test published (after its setData).
    const { session, conns } = sessionWith([{ steps: [{ waitFor: 'publish' }, { close: 3001 }] }, {}]);
    const a = session.subscribe('a', { getData: ({ channel }) => ({ channel, n: ++n }) });
    const b = session.subscribe('b', { data: { v: 1 } });
    session.connect();
    await until(() => a.state === 'subscribed' && b.state === 'subscribed', 'both subscribed');
    b.setData({ v: 2 });
    await session.publish('trigger', {});
    await until(() => conns().length === 2 && a.state === 'subscribed' && b.state === 'subscribed', 'again');
    const data = conns().map((c) => c.commands.filter((x) => x.kind === 'subscribe').map((x) => x.body.data));
    expect(data[0]).toEqual(expect.arrayContaining([{ channel: 'a', n: 1 }, { v: 1 }]));
    expect(data[1]).toEqual(expect.arrayContaining([{ channel: 'a', n: 2 }, { v: 2 }]));
  });

  it('getState gives the position; 112 (rejectUnrecovered) calls it again and subscribes from the new one', async () => {
    const positions = [
      { offset: 5, epoch: 'old' },
      { offset: 40, epoch: 'new' },
    ];
    let calls = 0;
    const { session, conns } = sessionWith([
      {
        subscribe: {
          doc: [
            { error: { code: 112, message: 'unrecoverable position' } },
            {
              result: { recoverable: true, epoch: 'new', offset: 40, was_recovering: true, recovered: true },
            },
          ],
        },
      },
    ]);
    const sub = session.subscribe('doc', {
      getState: () => positions[Math.min(calls++, 1)] as { offset: number; epoch: string },
      minResubscribeDelay: 1,
      maxResubscribeDelay: 5,
    });
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed after the reload');
    expect(calls).toBe(2);
    const subs = bodiesOf(conns()[0]?.commands, 'subscribe');
    expect(subs[0]).toMatchObject({ flag: 3, recover: true, offset: 5, epoch: 'old' });
    expect(subs[1]).toMatchObject({ flag: 3, recover: true, offset: 40, epoch: 'new' });
    expect(sub.status.position).toEqual({ offset: 40, epoch: 'new' });
  });

  it('without getState, 112 stays terminal for the subscription (flag 1)', async () => {
    const { session, conns } = sessionWith([
      { subscribe: { doc: { error: { code: 112, message: 'unrecoverable position' } } } },
    ]);
    const sub = session.subscribe('doc');
    session.connect();
    await until(() => sub.state === 'unsubscribed', 'unsubscribed');
    expect(bodiesOf(conns()[0]?.commands, 'subscribe')[0]?.flag).toBe(1);
    expect(sub.status.rule).toBe('centrifugo.error.112');
  });
});

describe('ready, batching, resubscribe delays, debug', () => {
  it('session.ready: resolves when connected, code 3 when idle, code 1 on timeout', async () => {
    const { session } = sessionWith([{}]);
    await expect(session.ready()).rejects.toMatchObject({ code: 3 });
    session.connect();
    await session.ready(10_000);
    await session.ready();
    const { session: silent } = sessionWith([{ connect: { ignore: true } }], { timeout: 0 });
    silent.connect();
    const error = await silent.ready(30).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentrifugoCallError);
    expect(error).toMatchObject({ code: 1 });
  });

  it('subscription.ready: resolves when subscribed, code 7 once unsubscribed or stopped', async () => {
    const { session } = sessionWith([{ subscribe: { late: { ignore: true } } }], { timeout: 0 });
    const sub = session.subscribe('news');
    const late = session.subscribe('late');
    const ready = sub.ready(10_000);
    session.connect();
    await ready;
    const pending = late.ready();
    late.unsubscribe();
    await expect(pending).rejects.toMatchObject({ code: 7 });
    await expect(late.ready()).rejects.toMatchObject({ code: 7 });
    late.subscribe();
    const stopped = late.ready();
    session.stop();
    await expect(stopped).rejects.toMatchObject({ code: 7 });
  });

  it('startBatching holds commands until stopBatching writes them in one message', async () => {
    const sent: string[] = [];
    const { session, conns } = sessionWith([{}], {
      debug: centrifugoDebug((label, text) => label === 'send' && sent.push(String(text))),
    });
    session.connect();
    await session.ready();
    session.startBatching();
    const sub = session.subscribe('a');
    const published = session.publish('b', { n: 1 });
    // A full turn of the event loop: the link's write (a microtask) would have run by now.
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent.filter((line) => line.includes('"subscribe"') || line.includes('"publish"'))).toEqual([]);
    session.stopBatching();
    await published;
    await until(() => sub.state === 'subscribed', 'subscribed');
    expect(sent.filter((line) => line.includes('"subscribe"') && line.includes('"publish"'))).toHaveLength(1);
    const batch = conns()[0]?.commands.filter((c) => c.kind === 'subscribe' || c.kind === 'publish') ?? [];
    expect(batch.map((c) => c.kind)).toEqual(['subscribe', 'publish']);
    expect(batch[0]?.message).toBe(batch[1]?.message);
  });

  it('min/maxResubscribeDelay select centrifuge-js backoff for that subscription', async () => {
    const { session } = sessionWith([
      { subscribe: { a: { error: { code: 100, message: 'internal', temporary: true } } } },
    ]);
    const sub = session.subscribe('a', { minResubscribeDelay: 300, maxResubscribeDelay: 400 });
    const other = session.subscribe('b');
    session.connect();
    await until(() => sub.status.phase === 'backoff', 'a resubscribe wait');
    const context = sub.actor.getSnapshot().context;
    expect(context.backoff.name).toBe('centrifuge');
    expect(context.retryDelay).toBeGreaterThanOrEqual(300);
    expect(context.retryDelay).toBeLessThanOrEqual(400);
    expect(other.actor.getSnapshot().context.backoff.name).not.toBe('centrifuge');
  });

  it('debug logs frames and transitions, never a token or a header value', async () => {
    const lines: string[] = [];
    const { session } = sessionWith([{ subscribe: { '*': { result: { expires: false } } } }], {
      token: 'connection-secret',
      headers: { Authorization: 'Bearer header-secret' },
      debug: centrifugoDebug((label, ...details) =>
        lines.push([label, ...details.map((d) => String(d))].join(' ')),
      ),
    });
    const sub = session.subscribe('private', { token: 'subscription-secret' });
    session.connect();
    await until(() => sub.state === 'subscribed', 'subscribed');
    const text = lines.join('\n');
    expect(text).not.toMatch(/secret/);
    expect(
      lines.some((l) => l.startsWith('send') && l.includes('"connect"') && l.includes('[redacted]')),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('receive'))).toBe(true);
    expect(lines.some((l) => l.startsWith('transition') && l.includes('"connected"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('transition') && l.includes('"subscribed"'))).toBe(true);
  });

  it('once and off on the session and a subscription', async () => {
    const { session } = sessionWith([{}]);
    const states: string[] = [];
    session.once('status', (s) => states.push(s.state));
    const removed = (s: { state: string }) => states.push(`removed ${s.state}`);
    session.on('status', removed);
    session.off('status', removed);
    session.connect();
    await session.ready();
    expect(states).toEqual(['connecting']);
    const sub = session.subscribe('a');
    const subscribed: string[] = [];
    sub.once('subscribed', (e) => subscribed.push(e.channel));
    await sub.ready();
    expect(subscribed).toEqual(['a']);
  });
});

describe('call results in centrifuge-js shapes', () => {
  it('presence, presenceStats and history read as centrifuge-js users read them', async () => {
    const info = { client: 'c1', user: 'u1', conn_info: { name: 'Ann' }, chan_info: { role: 'admin' } };
    const { session } = sessionWith([
      {
        answers: {
          presence: { result: { presence: { c1: info, c2: { client: 'c2', user: 'u2' } } } },
          presence_stats: { result: { num_clients: 2, num_users: 2 } },
          history: {
            result: {
              publications: [{ data: { a: 1 }, offset: 7, tags: { t: 'x' }, info }, { data: 'b' }],
              epoch: 'E',
              offset: 8,
            },
          },
        },
      },
    ]);
    session.connect();
    const presence = await session.presence('ch');
    expect(presence).toEqual({
      clients: {
        c1: { client: 'c1', user: 'u1', connInfo: { name: 'Ann' }, chanInfo: { role: 'admin' } },
        c2: { client: 'c2', user: 'u2' },
      },
    });
    expect(await session.presenceStats('ch')).toEqual({ numClients: 2, numUsers: 2 });
    expect(await session.history('ch', { limit: 2 })).toEqual({
      publications: [
        {
          channel: 'ch',
          data: { a: 1 },
          offset: 7,
          tags: { t: 'x' },
          info: { client: 'c1', user: 'u1', connInfo: { name: 'Ann' }, chanInfo: { role: 'admin' } },
        },
        { channel: 'ch', data: 'b' },
      ],
      epoch: 'E',
      offset: 8,
    });
  });
});
