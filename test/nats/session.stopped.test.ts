import { afterEach, describe, expect, it } from 'vitest';
import { createNatsSession, NatsError, type NatsSession } from '../../src/protocols/nats/index.ts';
import { startNatsServer, stopAllNatsServers } from './harness/natsServer.ts';
import { waitUntil } from './harness/waitUntil.ts';

const sessions: NatsSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) s.stop();
  await stopAllNatsServers();
});

/** Settles within `ms` real milliseconds, or fails: "at once", not after the request timeout. */
async function settlesWithin<T>(promise: Promise<T>, ms = 1000): Promise<PromiseSettledResult<T>> {
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms),
  );
  const [result] = await Promise.allSettled([Promise.race([promise, late])]);
  return result as PromiseSettledResult<T>;
}

function expectStopped(error: unknown, operation: string): void {
  expect(error).toBeInstanceOf(NatsError);
  expect(error).toMatchObject({ code: 'stopped' });
  expect((error as NatsError).message).toContain(`${operation} failed: the session was stopped`);
  expect((error as NatsError).remediation).toContain('createNatsSession()');
}

describe('a NATS session after stop() (issue 11, item 8)', () => {
  it('is closed for good; subscribe, publish, request, flush and drain fail at once', async () => {
    const server = await startNatsServer();
    const s = createNatsSession({ servers: server.url });
    sessions.push(s);
    s.connect();
    await waitUntil(() => s.state === 'connected', 'connected');
    const waiting = s.request('nobody.answers', 'x', { timeout: 60_000 });
    s.stop();
    expect(s.state).toBe('closed');
    expect(s.status).toMatchObject({ state: 'closed', terminal: true, rule: 'stopped' });
    const pending = await settlesWithin(waiting);
    expect(pending.status).toBe('rejected');
    expectStopped((pending as PromiseRejectedResult).reason, 'request');
    for (const [operation, call] of [
      ['subscribe', () => s.subscribe('a')],
      ['publish', () => s.publish('a', 'x')],
      ['connect', () => s.connect()],
    ] as const) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expectStopped(thrown, operation);
    }
    for (const [operation, call] of [
      ['request', () => s.request('a', 'x', { timeout: 60_000 })],
      ['flush', () => s.flush()],
      ['drain', () => s.drain()],
    ] as const) {
      const result = await settlesWithin(call() as Promise<unknown>);
      expect(result.status).toBe('rejected');
      expectStopped((result as PromiseRejectedResult).reason, operation);
    }
    s.disconnect();
    s.retryNow();
    s.stop();
    expect(s.state).toBe('closed');
  });
});
