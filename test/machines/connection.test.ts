import { describe, expect, it } from 'vitest';
import { fixedBackoff } from '../../src/machines/backoff/fixedBackoff.ts';
import { selectConnectionStatus } from '../../src/machines/connection/connection.selectors.ts';
import { retryNow } from '../../src/machines/shared/retryNow.ts';
import { pendingTimers, startConnection, top, verdict } from './harness.ts';

describe('connection machine: basic lifecycle', () => {
  it('idle → connecting sends driver.open → connected on transport.connected', () => {
    const { actor, commands } = startConnection();
    expect(top(actor)).toBe('idle');
    actor.send({ type: 'connect' });
    expect(top(actor)).toBe('connecting');
    expect(commands).toEqual([{ type: 'driver.open', attempt: 0, freshCredentials: false }]);
    actor.send({ type: 'transport.connected' });
    expect(top(actor)).toBe('connected');
  });

  it('a reconnect verdict backs off with the policy delay, then connects again', () => {
    const { actor, clock, commands } = startConnection({ backoff: fixedBackoff(1000) });
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    actor.send({ type: 'server.verdict', verdict: verdict('reconnect', { code: 3001, reason: 'shutdown' }) });
    expect(actor.getSnapshot().value).toEqual({ reconnecting: 'backoff' });
    const status = selectConnectionStatus(actor.getSnapshot());
    expect(status).toMatchObject({ state: 'reconnecting', attempt: 1, nextRetryAt: 1000, lastCode: 3001 });
    expect(status).toMatchObject({ lastReason: 'shutdown', rule: 'test.reconnect', canRetryNow: true });
    expect(commands.at(-1)).toEqual({ type: 'driver.close', reason: 'shutdown' });
    clock.increment(999);
    expect(top(actor)).toBe('reconnecting');
    clock.increment(1);
    expect(top(actor)).toBe('connecting');
    expect(commands.at(-1)).toEqual({ type: 'driver.open', attempt: 1, freshCredentials: false });
  });

  it('a close verdict is terminal until connect()', () => {
    const { actor, clock } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'server.verdict', verdict: verdict('close', { code: 3501 }) });
    expect(top(actor)).toBe('closed');
    expect(selectConnectionStatus(actor.getSnapshot())).toMatchObject({ terminal: true, canRetryNow: false });
    clock.increment(60_000);
    expect(top(actor)).toBe('closed');
    actor.send({ type: 'connect' });
    expect(top(actor)).toBe('connecting');
  });

  it('ignore verdicts change nothing', () => {
    const { actor } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    const before = actor.getSnapshot();
    actor.send({ type: 'server.verdict', verdict: verdict('ignore') });
    expect(actor.getSnapshot().value).toEqual(before.value);
    expect(actor.getSnapshot().context.lastVerdict).toBe(before.context.lastVerdict);
  });

  it('retryNow skips the wait and keeps the attempt count', () => {
    const { actor } = startConnection({ backoff: fixedBackoff(5000) });
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.error', reason: 'refused' });
    expect(selectConnectionStatus(actor.getSnapshot()).rule).toBe('transport');
    retryNow(actor);
    expect(top(actor)).toBe('connecting');
    expect(actor.getSnapshot().context.attempt).toBe(1);
  });

  it('disconnect returns to idle, closes the driver and leaves no timer', () => {
    const { actor, clock, commands } = startConnection();
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.error', reason: 'refused' });
    actor.send({ type: 'disconnect' });
    expect(top(actor)).toBe('idle');
    expect(commands.at(-1)).toEqual({ type: 'driver.close', reason: 'disconnect called' });
    expect(pendingTimers(clock)).toBe(0);
  });
});

describe('connection machine: the policy sees the attempt sequence 0, 1, 2, ...', () => {
  it('centrifugeBackoff at random→1 waits 1000, 1500, 2500, 4500, 8500, 16500, 20000 ms', async () => {
    const { centrifugeBackoff } = await import('../../src/machines/backoff/centrifugeBackoff.ts');
    const { actor, clock } = startConnection({
      backoff: centrifugeBackoff,
      random: () => 1 - Number.EPSILON,
    });
    actor.send({ type: 'connect' });
    actor.send({ type: 'transport.connected' });
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      actor.send({ type: 'transport.error', reason: 'refused' });
      const { nextRetryAt } = selectConnectionStatus(actor.getSnapshot());
      waits.push(nextRetryAt! - clock.now());
      clock.increment(nextRetryAt! - clock.now());
      expect(top(actor)).toBe('connecting');
    }
    expect(waits).toEqual([1000, 1500, 2500, 4500, 8500, 16500, 20000]);
  });
});
