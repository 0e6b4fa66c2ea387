import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { startKeepalive } from '../../src/protocols/nats/startKeepalive.ts';

/** Advances in 10 ms steps: SimulatedClock fires timers set during a step only on a later step. */
function advance(clock: SimulatedClock, ms: number): void {
  for (let t = 0; t < ms; t += 10) clock.increment(10);
}

function run(answer: boolean, maxOut: number) {
  const clock = new SimulatedClock();
  const pongs: (() => void)[] = [];
  let pings = 0;
  let staleAt: number | undefined;
  const stop = startKeepalive(clock, 100, maxOut, {
    ping: (onPong) => {
      pings++;
      if (answer) onPong();
      else pongs.push(onPong);
    },
    stale: () => {
      staleAt = clock.now();
    },
  });
  return {
    clock,
    pongs,
    stop,
    get pings() {
      return pings;
    },
    get staleAt() {
      return staleAt;
    },
  };
}

describe('keepalive (nats.js rule)', () => {
  it('declares stale at the tick where maxPingOut PINGs are still unanswered', () => {
    const k = run(false, 2);
    advance(k.clock, 250);
    expect(k.pings).toBe(2);
    expect(k.staleAt).toBeUndefined();
    advance(k.clock, 50);
    expect(k.staleAt).toBe(300);
    advance(k.clock, 1000);
    expect(k.pings).toBe(2);
  });

  it('stays healthy while PONGs come back, and stops when told', () => {
    const k = run(true, 2);
    advance(k.clock, 1000);
    expect(k.pings).toBe(10);
    expect(k.staleAt).toBeUndefined();
    k.stop();
    advance(k.clock, 1000);
    expect(k.pings).toBe(10);
  });

  it('counts a late PONG: one answer keeps it below the limit', () => {
    const k = run(false, 2);
    advance(k.clock, 200);
    k.pongs.shift()?.();
    advance(k.clock, 100);
    expect(k.staleAt).toBeUndefined();
    expect(k.pings).toBe(3);
  });
});
