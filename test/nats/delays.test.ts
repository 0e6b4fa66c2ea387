import { afterEach, describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { type PingFloodPeer, startPingFloodPeer } from './harness/pingFloodPeer.ts';
import { closeSessions, testSession } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

let peer: PingFloodPeer | undefined;
afterEach(async () => {
  closeSessions();
  await peer?.close();
});
/** Longest delay platform timers accept (2^31 − 1 ms). */
const MAX_TIMER_DELAY = 2 ** 31 - 1;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issue 11: delays of 2^31 ms or more fired after 1 ms; 0 and Infinity mean off (delays.ts). */
describe('NATS delays beyond what timers accept', () => {
  it('pingInterval: 3e9 sends the first keepalive PING at 2^31 − 1 ms, not every millisecond', async () => {
    peer = await startPingFloodPeer('answer');
    const clock = new SimulatedClock();
    const session = testSession({ servers: peer.url, clock, pingInterval: 3e9 });
    session.connect();
    await waitUntil(() => session.state === 'connected', 'connected');
    clock.increment(MAX_TIMER_DELAY - 1);
    await pause(30);
    expect(peer.keepalivePings).toBe(0);
    clock.increment(1);
    await waitUntil(() => peer?.keepalivePings === 1, 'the first keepalive PING');
  });

  it('pingInterval: Infinity turns the keepalive off', async () => {
    peer = await startPingFloodPeer('answer');
    const clock = new SimulatedClock();
    const session = testSession({ servers: peer.url, clock, pingInterval: Infinity });
    session.connect();
    await waitUntil(() => session.state === 'connected', 'connected');
    for (let i = 0; i < 3; i++) {
      clock.increment(MAX_TIMER_DELAY);
      await pause(20);
    }
    expect(peer.keepalivePings).toBe(0);
    expect(peer.connections).toBe(1);
    expect(session.state).toBe('connected');
  });

  it('timeout: Infinity turns the handshake timeout off (it fell back to 10 s before)', async () => {
    peer = await startPingFloodPeer('silent');
    const clock = new SimulatedClock();
    const session = testSession({ servers: peer.url, clock, timeout: Infinity });
    session.connect();
    await waitUntil(() => peer?.connections === 1, 'dialled');
    clock.increment(MAX_TIMER_DELAY);
    await pause(20);
    clock.increment(MAX_TIMER_DELAY);
    await pause(20);
    expect(session.state).toBe('connecting');
    expect(peer.connections).toBe(1);
    expect(session.status.attempt).toBe(0);
  });

  it('timeout: 3e9 is clamped: the handshake times out at 2^31 − 1 ms, not at once', async () => {
    peer = await startPingFloodPeer('silent');
    const clock = new SimulatedClock();
    const session = testSession({ servers: peer.url, clock, timeout: 3e9 });
    session.connect();
    await waitUntil(() => peer?.connections === 1, 'dialled');
    clock.increment(MAX_TIMER_DELAY - 1);
    expect(session.state).toBe('connecting');
    clock.increment(1);
    expect(session.status).toMatchObject({ state: 'reconnecting', rule: 'connect-timeout' });
  });

  it('timeout: 3e9 on the platform timers does not time the handshake out after 1 ms', async () => {
    peer = await startPingFloodPeer('silent');
    const session = testSession({ servers: peer.url, timeout: 3e9 });
    session.connect();
    await waitUntil(() => peer?.connections === 1, 'dialled');
    await pause(100);
    expect(session.state).toBe('connecting');
    expect(peer.connections).toBe(1);
  });
});
