import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { type CeleriantSession, createCeleriantSession } from '../../src/protocols/celeriant/index.ts';
import { ORG } from './helpers.ts';
import { peerFixture } from './peerFixture.ts';

const peers = peerFixture();
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup.splice(0)) done();
});

/** A real TCP node that accepts and reads but never answers (port 0). */
async function silentNode(): Promise<{ address: string; bytes: () => number }> {
  const sockets = new Set<Socket>();
  let received = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      received += chunk.length;
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  const port = (server.address() as { port: number }).port;
  return { address: `127.0.0.1:${port}`, bytes: () => received };
}

/** Waits (bounded) until the condition holds; never asserts on elapsed time. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

function sessionOn(address: string, clock: SimulatedClock, requestTimeout: number): CeleriantSession {
  const session = createCeleriantSession({ address, clock, requestTimeout, backoff: fixedBackoff(50) });
  cleanup.push(() => session.stop());
  return session;
}

describe('a Celeriant session on a SimulatedClock', () => {
  it('times out an unanswered Identify when the clock passes requestTimeout', async () => {
    const node = await silentNode();
    const clock = new SimulatedClock();
    const session = sessionOn(node.address, clock, 1000);
    session.connect();
    await until(() => node.bytes() > 0);
    clock.increment(999);
    expect(session.state).toBe('connecting');
    clock.increment(1);
    await until(() => session.state === 'reconnecting');
    expect(session.status).toMatchObject({ rule: 'transport', lastReason: 'request-timeout' });
  });

  it("runs the machine's connect timeout and backoff on the clock", async () => {
    const node = await silentNode();
    const clock = new SimulatedClock();
    const statuses: string[] = [];
    const session = sessionOn(node.address, clock, 0);
    session.on('status', (status) => statuses.push(status.state));
    session.connect();
    await until(() => node.bytes() > 0);
    // connectTimeout 5000 (default) + 1000 for Identify.
    clock.increment(5999);
    expect(session.state).toBe('connecting');
    clock.increment(1);
    expect(session.status).toMatchObject({ state: 'reconnecting', rule: 'connect-timeout' });
    clock.increment(50);
    expect(session.state).toBe('connecting');
    expect(statuses).toEqual(expect.arrayContaining(['connecting', 'reconnecting']));
  });

  it('reopens a silent watch when the clock passes watchLivenessTimeout', async () => {
    const cluster = await peers.cluster({
      A: { role: 'leader', watch: [{ probe: [{ ack: true }, { hold: true }] }, { probe: [{ ack: true }] }] },
      B: { role: 'follower', leader: 'A' },
    });
    const clock = new SimulatedClock();
    const session = peers.session(cluster, { clock, watchLivenessTimeout: 15_000 });
    const watch = session.watch({ orgs: [ORG] }, {});
    await until(() => watch.state === 'subscribed');
    clock.increment(14_999);
    expect(watch.state).toBe('subscribed');
    clock.increment(1);
    expect(watch.status).toMatchObject({ state: 'subscribing', rule: 'celeriant.watch.liveness' });
  });
});
