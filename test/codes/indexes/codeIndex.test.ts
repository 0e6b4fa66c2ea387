import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeIndex } from '../../../src/codes/codeIndex.ts';

describe('CodeIndex', () => {
  it('answers like a Map where the first pair of a code wins', () => {
    const code = fc.oneof(
      fc.integer({ min: -5, max: 70_000 }),
      fc.constantFrom(0, 63, 64, 65_535, 65_536, -0, 1.5, Number.MAX_SAFE_INTEGER, Number.NaN),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(code, fc.string())), fc.array(code), (pairs, probes) => {
        const index = new CodeIndex(pairs);
        const map = new Map<number, string>();
        for (const [c, v] of pairs) if (!map.has(c)) map.set(c, v);
        for (const c of [...probes, ...pairs.map(([c]) => c)]) expect(index.get(c)).toBe(map.get(c));
      }),
      { numRuns: 500 },
    );
  });

  it('answers undefined for codes it was not given, however odd', () => {
    const index = new CodeIndex([[3000, 'a'] as const]);
    for (const c of [Number.NaN, Number.POSITIVE_INFINITY, -1, 2999.5, 1e300, -(2 ** 53)]) {
      expect(index.get(c)).toBeUndefined();
    }
    expect(index.get(3000)).toBe('a');
  });
});
