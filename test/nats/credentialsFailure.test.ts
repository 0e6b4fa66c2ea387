import { describe, expect, it } from 'vitest';
import type { NatsStatus } from '../../src/protocols/nats/index.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { closeSessionsAndServersAfterEach } from './harness/sessionCleanup.ts';
import { testSession } from './harness/sessionFixture.ts';
import { collect, waitUntil } from './harness/waitUntil.ts';

closeSessionsAndServersAfterEach();

describe('a credentials callback that throws (issue 11)', () => {
  it('is a credentials failure with backoff, not a failed dial: the pool keeps the server', async () => {
    const server = await startNatsServer({});
    const calls: boolean[] = [];
    const session = testSession({
      servers: server.url,
      maxReconnectAttempts: 1, // one failed dial would empty the pool and close the session
      credentials: ({ fresh }) => {
        calls.push(fresh);
        if (calls.length <= 3) throw new Error('vault unreachable');
        return {};
      },
    });
    const statuses = collect<NatsStatus>((cb) => session.on('status', cb));
    session.connect();
    await waitUntil(() => session.state === 'connected', 'connected after the callback recovers', 10_000);
    const failed = statuses.filter((s) => s.rule === 'nats.credentials.failed' && s.state === 'reconnecting');
    expect(failed.length).toBe(3);
    expect(failed[0]?.lastReason).toContain('vault unreachable');
    expect(statuses.some((s) => s.rule === 'nats.pool.exhausted')).toBe(false);
    expect(calls).toEqual([false, true, true, true]); // fresh credentials asked after each failure
    expect(session.status.servers).toEqual([server.url]);
  }, 15_000);
});
