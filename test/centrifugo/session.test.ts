import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { fixedBackoff } from '../../src/machines/index.ts';
import { createCentrifugoSession, TransportError } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('s');

describe('createCentrifugoSession', () => {
  it('explains how to fix a missing WebSocket constructor', () => {
    const error = (() => {
      try {
        createCentrifugoSession({ url: 'ws://127.0.0.1:1' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).remediation).toContain('ws package');
  });

  it('connects, batches subscribe with connect, and delivers publications', async () => {
    const { session, conns } = sessionWith([
      {
        subscribe: { news: { result: { recoverable: true, epoch: 'E1', offset: 4 } } },
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'news', pub: { data: { n: 5 }, offset: 5 } } }] },
        ],
      },
    ]);
    const sub = session.subscribe('news');
    const got: unknown[] = [];
    sub.on('publication', (p) => got.push(p.data));
    session.connect();
    await until(() => got.length === 1, 'publication');
    expect(session.state).toBe('connected');
    expect(sub.state).toBe('subscribed');
    expect(got).toEqual([{ n: 5 }]);
    const [connect, subscribe] = conns()[0]?.commands ?? [];
    expect(connect?.kind).toBe('connect');
    expect(subscribe).toMatchObject({ kind: 'subscribe', body: { channel: 'news', flag: 1 } });
    expect(subscribe?.message).toBe(connect?.message);
  });

  it('reconnects on a 3000-range disconnect push and resubscribes with recovery', async () => {
    const { session, conns } = sessionWith([
      {
        subscribe: { '*': { result: { recoverable: true, epoch: 'E1', offset: 7 } } },
        steps: [{ waitFor: 'subscribe' }, { send: [{ push: { disconnect: { code: 3000, reason: 'x' } } }] }],
      },
      {},
    ]);
    session.subscribe('ch');
    session.connect();
    await until(() => conns().length === 2 && session.state === 'connected', 'second connection');
    await until(() => session.getSubscription('ch')?.state === 'subscribed', 'resubscribed');
    const resub = conns()[1]?.commands.find((c) => c.kind === 'subscribe');
    expect(resub?.body).toMatchObject({ channel: 'ch', recover: true, offset: 7, epoch: 'E1' });
  });

  it('closes on a 3500 close frame and reports code and reason', async () => {
    const { session, conns } = sessionWith([{ steps: [{ close: 3500, reason: 'invalid token' }] }]);
    session.connect();
    await until(() => session.state === 'closed', 'closed');
    expect(session.status).toMatchObject({ terminal: true, lastCode: 3500, lastReason: 'invalid token' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(conns()).toHaveLength(1);
  });

  it('answers each ping with exactly one pong, only when the connect reply said pong', async () => {
    const { session, conns } = sessionWith([
      {
        connect: { result: { ping: 25, pong: true } },
        steps: [{ ping: true }, { ping: true }, { ping: true }],
      },
      {
        connect: { result: { ping: 25 } },
        steps: [{ ping: true }, { wait: 30 }, { close: 3001, reason: 'x' }],
      },
    ]);
    session.connect();
    await until(() => conns()[0]?.commands.filter((c) => c.kind === 'pong').length === 3, 'three pongs');
    expect(conns()[0]?.pendingPings).toBe(0);
    conns()[0]?.channel.close(3001, 'shutdown');
    await until(() => conns().length === 3, 'third connection');
    expect(conns()[1]?.commands.filter((c) => c.kind === 'pong')).toHaveLength(0);
  });

  it('passes a clock through: the reconnect wait runs on simulated time', async () => {
    const clock = new SimulatedClock();
    const { session, conns } = sessionWith([{ steps: [{ close: 3001, reason: 'shutdown' }] }, {}], {
      clock,
      backoff: fixedBackoff(60_000),
    });
    session.connect();
    await until(() => session.state === 'reconnecting', 'reconnecting');
    expect(session.status.nextRetryAt).toBe(clock.now() + 60_000);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(conns()).toHaveLength(1);
    clock.increment(60_000);
    await until(
      () => conns().length === 2 && session.state === 'connected',
      'reconnected after simulated minute',
    );
  });
});
