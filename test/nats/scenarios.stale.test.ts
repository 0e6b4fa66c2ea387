import { describe, expect, it } from 'vitest';
import { startNatsServer } from './harness/natsServer.ts';
import { rawSilentClient } from './harness/rawClient.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import {
  connected,
  deliversAfterRecovery,
  stateLog,
  TRANSPORTS,
  testSession,
  urlOf,
} from './harness/sessionFixture.ts';
import { collect, DIAL_TIMEOUT, waitUntil } from './harness/waitUntil.ts';

const STALE_FAST = 'ping_interval: "250ms"\nping_max: 1';

closeSessionsAndServersAfterEach();

/** Blocks the event loop, as a client that cannot answer PINGs (spec §7 (b)). */
function blockEventLoop(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // busy wait on purpose
  }
}

describe('stale connections', () => {
  it('server-side: a raw client that never answers PING gets -ERR Stale Connection and is dropped', async () => {
    const server = await startNatsServer({ config: STALE_FAST });
    const raw = rawSilentClient(server.port);
    await raw.closed;
    const kinds = raw.frames.map((f) => (f.kind === 'err' ? `err:${f.text}` : f.kind));
    expect(kinds).toEqual(['info', 'pong', 'ping', 'err:Stale Connection']);
  });

  it.each(TRANSPORTS)(
    'server-side over %s: the session reconnects after -ERR Stale Connection',
    async (kind) => {
      const server = await startNatsServer({ websocket: true, config: STALE_FAST });
      const session = await connected(testSession({ servers: urlOf(server, kind) }));
      const sub = session.subscribe('stale.server');
      const texts = collect<{ text(): string }>((cb) => sub.on('message', cb));
      await waitUntil(() => sub.state === 'subscribed', 'subscribed');
      const states = stateLog(session);
      const errors = collect<{ text: string }>((cb) => session.on('error', cb));
      blockEventLoop(1200);
      await waitUntil(() => states.includes('reconnecting') && session.state === 'connected', 'reconnected');
      expect(errors.map((e) => e.text)).toContain('Stale Connection');
      await waitUntil(() => sub.state === 'subscribed', 'resubscribed');
      await deliversAfterRecovery(session, 'stale.server', () => texts.length > 0);
    },
  );

  it.each(TRANSPORTS)('client-side over %s: maxPingOut unanswered PINGs make it reconnect', async (kind) => {
    const server = await startNatsServer({ websocket: true });
    const session = await connected(
      testSession({ servers: urlOf(server, kind), pingInterval: 100, maxPingOut: 2, timeout: DIAL_TIMEOUT }),
    );
    const sub = session.subscribe('stale.client');
    const texts = collect<{ text(): string }>((cb) => sub.on('message', cb));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    const reasons = collect<string | null>((cb) => session.on('status', (s) => cb(s.lastReason)));
    server.pause();
    try {
      await waitUntil(() => session.state !== 'connected', 'stale detected');
    } finally {
      server.resume();
    }
    expect(reasons).toContain('stale connection: 2 PINGs unanswered');
    await waitUntil(() => session.state === 'connected' && sub.state === 'subscribed', 'recovered', 20_000);
    await deliversAfterRecovery(session, 'stale.client', () => texts.length > 0);
  });
});
