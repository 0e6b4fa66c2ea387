import { afterEach, describe, expect, it } from 'vitest';
import type { NatsStatus } from '../../src/protocols/nats/index.ts';
import { type PingFloodPeer, startPingFloodPeer } from './harness/pingFloodPeer.ts';
import { closeSessions, testSession } from './harness/sessionFixture.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

let peer: PingFloodPeer | undefined;
afterEach(async () => {
  closeSessions();
  await peer?.close();
});

describe('back-pressure (issue 11: a server that floods PINGs and stops reading)', () => {
  it('gives the socket up as a slow consumer past maxPendingBytes and reconnects', async () => {
    peer = await startPingFloodPeer();
    const maxPendingBytes = 256 * 1024;
    const session = testSession({ servers: peer.url, maxPendingBytes, pingInterval: 0 });
    const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
    session.connect();
    await waitUntil(
      () => peer !== undefined && peer.connections >= 2 && session.state === 'connected',
      'reconnected to a reading server',
      15_000,
    );
    const slow = statuses.find((s) => s.rule === 'nats.link.slow-consumer');
    expect(slow).toMatchObject({ state: 'reconnecting' });
    // The bound held: the link gave up at the first write past it (one chunk's PONGs at most).
    const queued = Number(/^(\d+) bytes queued/.exec(slow?.lastReason ?? '')?.[1]);
    expect(queued).toBeGreaterThan(maxPendingBytes);
    expect(queued).toBeLessThan(maxPendingBytes + 1024 * 1024);
  }, 20_000);
});
