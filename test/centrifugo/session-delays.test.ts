import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('delays');
/** Longest delay platform timers accept (2^31 − 1 ms). */
const MAX_TIMER_DELAY = 2 ** 31 - 1;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issue 11: delays of 2^31 ms or more fired after 1 ms; 0 and Infinity mean off (delays.ts). */
describe('Centrifugo delays beyond what timers accept', () => {
  it('a server ping of 2,200,000 s does not make the watchdog fire at once (platform timers)', async () => {
    const absurd = { connect: { result: { ping: 2_200_000, pong: true } } };
    const { session, conns } = sessionWith([absurd, absurd]);
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    await pause(150); // an overflowed watchdog fires after 1 ms and reconnects in a loop
    expect(session.state).toBe('connected');
    expect(conns()).toHaveLength(1);
  });

  it('the clamped watchdog fires at 2^31 − 1 ms on the clock, never before', async () => {
    const clock = new SimulatedClock();
    const absurd = { connect: { result: { ping: 2_200_000, pong: true } } };
    const { session } = sessionWith([absurd, {}], { clock });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    clock.increment(MAX_TIMER_DELAY - 1);
    expect(session.state).toBe('connected');
    clock.increment(1);
    expect(session.status).toMatchObject({ state: 'reconnecting', rule: 'liveness' });
  });

  it('timeout: 0 turns the open and reply timeouts off instead of firing at once', async () => {
    const { session, conns } = sessionWith([{}], { timeout: 0 });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    await pause(50);
    expect(session.state).toBe('connected');
    expect(conns()).toHaveLength(1);
  });

  it('timeout: Infinity turns the reply timeout off: a silent server keeps it connecting', async () => {
    const clock = new SimulatedClock();
    const { session, conns } = sessionWith([{ connect: { ignore: true } }, {}], { clock, timeout: Infinity });
    session.connect();
    await until(() => (conns()[0]?.commands.length ?? 0) > 0, 'the connect command');
    clock.increment(MAX_TIMER_DELAY);
    await pause(20);
    clock.increment(MAX_TIMER_DELAY);
    await pause(20);
    expect(session.state).toBe('connecting');
    expect(conns()).toHaveLength(1);
    expect(session.status.attempt).toBe(0);
  });
});
