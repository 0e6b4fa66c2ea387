import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('clock');

/** The session's timers run on the injected clock: nothing fires until the test moves it. */
describe('a Centrifugo session on a SimulatedClock', () => {
  it('the connect reply timeout fires when the clock passes it, not before', async () => {
    const clock = new SimulatedClock();
    const { session, conns } = sessionWith([{ connect: { ignore: true } }, {}], { clock, timeout: 5000 });
    session.connect();
    await until(() => (conns()[0]?.commands.length ?? 0) > 0, 'the connect command');
    clock.increment(4999);
    expect(session.state).toBe('connecting');
    clock.increment(1);
    expect(session.state).toBe('reconnecting');
    expect(session.status).toMatchObject({ rule: 'transport', lastReason: 'connect timeout' });
    // The 20 ms backoff waits for the clock too.
    expect(conns()).toHaveLength(1);
    clock.increment(20);
    await until(() => session.state === 'connected', 'connected on the second socket');
    expect(conns()).toHaveLength(2);
  });

  it('the no-ping watchdog (server ping interval + grace) follows the clock', async () => {
    const clock = new SimulatedClock();
    const pinging = { connect: { result: { ping: 25, pong: true } } };
    const { session, conns } = sessionWith([pinging, {}], { clock, maxServerPingDelay: 10_000 });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    clock.increment(34_999);
    expect(session.state).toBe('connected');
    clock.increment(1);
    expect(session.status).toMatchObject({ state: 'reconnecting', rule: 'liveness' });
    clock.increment(20);
    await until(() => session.state === 'connected', 'connected again');
    expect(conns()).toHaveLength(2);
  });

  it('a token refresh is sent when the ttl passes on the clock', async () => {
    const clock = new SimulatedClock();
    let tokens = 0;
    const expiring = { connect: { result: { expires: true, ttl: 60 } } };
    const { session, conns } = sessionWith([expiring], { clock, getToken: async () => `t${++tokens}` });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    clock.increment(59_999);
    expect(tokens).toBe(1);
    clock.increment(1);
    await until(() => conns()[0]?.commands.some((c) => c.kind === 'refresh') ?? false, 'the refresh command');
    expect(tokens).toBe(2);
    expect(conns()[0]?.commands.find((c) => c.kind === 'refresh')?.body).toEqual({ token: 't2' });
  });
});
