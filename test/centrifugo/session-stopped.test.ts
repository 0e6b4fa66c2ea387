import { describe, expect, it } from 'vitest';
import { CentrifugoCallError } from '../../src/protocols/centrifugo/index.ts';
import { until } from '../support/until.ts';
import { setupPeerSessions } from './setupPeerSessions.ts';

const { sessionWith } = setupPeerSessions('stopped');

/** Settles within `ms` real milliseconds, or fails: "at once", not after the call timeout. */
async function settlesWithin<T>(promise: Promise<T>, ms = 1000): Promise<PromiseSettledResult<T>> {
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms),
  );
  const [result] = await Promise.allSettled([Promise.race([promise, late])]);
  return result as PromiseSettledResult<T>;
}

function expectStopped(result: PromiseSettledResult<unknown>, operation: string): void {
  expect(result.status).toBe('rejected');
  const error = (result as PromiseRejectedResult).reason;
  expect(error).toBeInstanceOf(CentrifugoCallError);
  expect(error).toMatchObject({ code: 4, origin: 'stopped', temporary: false });
  expect(error.message).toContain(`${operation} failed: the session was stopped`);
  expect(error.message).toContain('createCentrifugoSession()');
}

describe('a Centrifugo session after stop() (issue 11, item 8)', () => {
  it('is closed for good, subscribe() throws and every call rejects at once', async () => {
    const { session } = sessionWith([{}], { timeout: 60_000 });
    const sub = session.subscribe('news');
    session.connect();
    await until(() => session.state === 'connected' && sub.state === 'subscribed', 'subscribed');
    const statuses: string[] = [];
    session.on('status', (status) => statuses.push(`${status.state}/${status.rule}`));
    session.stop();
    expect(session.state).toBe('closed');
    expect(session.status).toMatchObject({
      state: 'closed',
      terminal: true,
      canRetryNow: false,
      rule: 'stopped',
    });
    expect(statuses).toEqual(['closed/stopped']);
    expect(() => session.subscribe('other')).toThrow(CentrifugoCallError);
    expect(() => session.subscribe('news')).toThrow(/subscribe failed: the session was stopped/);
    expect(() => session.connect()).toThrow(/connect failed: the session was stopped/);
    expect(() => session.send({ a: 1 })).toThrow(/send failed/);
    expectStopped(await settlesWithin(session.publish('news', 1)), 'publish');
    expectStopped(await settlesWithin(session.rpc('m', 1)), 'rpc');
    expectStopped(await settlesWithin(session.history('news')), 'history');
    expectStopped(await settlesWithin(session.presence('news')), 'presence');
    expectStopped(await settlesWithin(session.presenceStats('news')), 'presence_stats');
    expectStopped(await settlesWithin(sub.publish(1)), 'publish');
    // These have nothing left to do and say nothing.
    session.disconnect();
    session.retryNow();
    session.stop();
    expect(session.state).toBe('closed');
  });

  it('a call still waiting for its reply when stop() runs rejects at once with the same error', async () => {
    const { session } = sessionWith([{ answers: { publish: { ignore: true } } }], { timeout: 60_000 });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    const pending = session.publish('news', 1);
    const waiting = session.rpc('m', 1); // answered, but after stop() nobody reads it
    session.stop();
    expectStopped(await settlesWithin(pending), 'publish');
    expectStopped(await settlesWithin(waiting), 'rpc');
  });

  it('a session stopped before it ever connected is closed too', async () => {
    const { session } = sessionWith([], { timeout: 60_000 });
    session.stop();
    expect(session.state).toBe('closed');
    expectStopped(await settlesWithin(session.publish('news', 1)), 'publish');
  });
});
