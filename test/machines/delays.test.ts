import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { clampDelay, connectionMachine, MAX_TIMER_DELAY, timeoutOption } from '../../src/machines/index.ts';

/** Issue 11: the one rule for delays (src/machines/shared/delays.ts). */
describe('delays', () => {
  it('timeoutOption: undefined → default, 0 and Infinity → off, huge → clamped, bad → default', () => {
    expect(timeoutOption(undefined, 5000)).toBe(5000);
    expect(timeoutOption(0, 5000)).toBe(0);
    expect(timeoutOption(Infinity, 5000)).toBe(0);
    expect(timeoutOption(3e9, 5000)).toBe(MAX_TIMER_DELAY);
    expect(timeoutOption(1234, 5000)).toBe(1234);
    for (const bad of [-1, Number.NaN, -Infinity, '100', null]) expect(timeoutOption(bad, 5000)).toBe(5000);
  });

  it('clampDelay: what a timer may get, never more than 2^31 − 1 ms', () => {
    expect(MAX_TIMER_DELAY).toBe(2 ** 31 - 1);
    expect(clampDelay(2_200_000_000)).toBe(MAX_TIMER_DELAY);
    expect(clampDelay(Infinity)).toBe(MAX_TIMER_DELAY);
    expect(clampDelay(-5)).toBe(0);
    expect(clampDelay(Number.NaN)).toBe(0);
  });

  it('the connection machine: connectTimeout Infinity is off, a liveness of 2.2e9 ms fires at 2^31 − 1', () => {
    const clock = new SimulatedClock();
    const actor = createActor(connectionMachine, { clock, input: { connectTimeout: Infinity } }).start();
    actor.send({ type: 'connect' });
    clock.increment(MAX_TIMER_DELAY);
    clock.increment(MAX_TIMER_DELAY);
    expect(actor.getSnapshot().value).toBe('connecting');
    actor.send({ type: 'transport.connected', livenessTimeout: 2_200_000_000 });
    clock.increment(MAX_TIMER_DELAY - 1);
    expect(actor.getSnapshot().matches('connected')).toBe(true);
    clock.increment(1);
    expect(actor.getSnapshot().context.lastVerdict?.rule).toBe('liveness');
    actor.stop();
  });
});
