import { describe, expect, it } from 'vitest';
import {
  centrifugeBackoff,
  createSpreadBackoff,
  fixedBackoff,
  natsBackoff,
  spreadBackoff,
} from '../../src/machines/backoff/index.ts';

const low = () => 0;
// The largest double below 1: what a uniform source can approach but never return.
const high = () => 1 - Number.EPSILON;

describe('backoff policies: exact ranges for attempts 0..6', () => {
  it('centrifugeBackoff matches centrifuge-js (500 + randomInt(0, min(20000, 500·2^n)), capped at 20 s)', () => {
    const expected = [
      [500, 1000],
      [500, 1500],
      [500, 2500],
      [500, 4500],
      [500, 8500],
      [500, 16500],
      [500, 20000],
    ];
    for (const [attempt, [min, max]] of expected.entries()) {
      expect(centrifugeBackoff.delay(attempt, low)).toBe(min);
      expect(centrifugeBackoff.delay(attempt, high)).toBe(max);
    }
  });

  it('natsBackoff retries at once, then waits 2000–2100 ms', () => {
    expect(natsBackoff.delay(0, low)).toBe(0);
    expect(natsBackoff.delay(0, high)).toBe(0);
    for (let attempt = 1; attempt <= 6; attempt++) {
      expect(natsBackoff.delay(attempt, low)).toBe(2000);
      expect(natsBackoff.delay(attempt, high)).toBe(2100);
    }
  });

  it('fixedBackoff always waits the same', () => {
    const policy = fixedBackoff(1000);
    for (let attempt = 0; attempt <= 6; attempt++) {
      expect(policy.delay(attempt, low)).toBe(1000);
      expect(policy.delay(attempt, high)).toBe(1000);
    }
    expect(fixedBackoff(-5).delay(0, low)).toBe(0);
  });

  it('spreadBackoff spreads the first retry over 50–1350 ms, then full jitter on 1 s, capped at 20 s', () => {
    const expected = [
      [50, 1350],
      [1000, 3000],
      [1000, 5000],
      [1000, 9000],
      [1000, 17000],
      [1000, 20000],
      [1000, 20000],
    ];
    for (const [attempt, [min, max]] of expected.entries()) {
      expect(spreadBackoff.delay(attempt, low)).toBe(min);
      expect(spreadBackoff.delay(attempt, high)).toBe(max);
    }
  });

  it('spreadBackoff’s median first delay is no longer than centrifuge-js’s', () => {
    expect(spreadBackoff.delay(0, () => 0.5)).toBe(700);
    expect(centrifugeBackoff.delay(0, () => 0.5)).toBe(750);
  });

  it('policies survive bad input: negative attempts, NaN and out-of-range random', () => {
    for (const policy of [
      centrifugeBackoff,
      natsBackoff,
      spreadBackoff,
      createSpreadBackoff({ maxDelay: 5000 }),
    ]) {
      for (const attempt of [-1, Number.NaN, 1e9]) {
        for (const random of [() => Number.NaN, () => -3, () => 7]) {
          const delay = policy.delay(attempt, random);
          expect(Number.isFinite(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(20_000);
        }
      }
    }
  });
});
