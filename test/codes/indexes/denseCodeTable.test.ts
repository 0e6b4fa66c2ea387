import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DenseCodeTable } from '../../../src/codes/denseCodeTable.ts';

describe('DenseCodeTable', () => {
  it('answers like a Map with a fallback, the first pair of a code winning', () => {
    const code = fc.integer({ min: 2_990, max: 5_010 });
    fc.assert(
      fc.property(fc.array(fc.tuple(code, fc.string())), fc.array(code), (pairs, probes) => {
        const table = new DenseCodeTable(pairs, 'fallback');
        const map = new Map<number, string>();
        for (const [c, v] of pairs) if (!map.has(c)) map.set(c, v);
        for (const c of [...probes, ...pairs.map(([c]) => c)])
          expect(table.get(c)).toBe(map.get(c) ?? 'fallback');
      }),
      { numRuns: 300 },
    );
  });

  it('answers the fallback outside its span and for undefined', () => {
    const table = new DenseCodeTable([[3000, 'a'] as const, [3002, 'c'] as const], 'none');
    expect([2999, 3000, 3001, 3002, 3003, -1, 0, undefined].map((c) => table.get(c))).toEqual([
      'none',
      'a',
      'none',
      'c',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(new DenseCodeTable([], 'empty').get(0)).toBe('empty');
  });

  it('refuses a span it would hold as a huge array, and codes that are not integers', () => {
    expect(() => new DenseCodeTable([[0, 'a'] as const, [70_000, 'b'] as const], 'x')).toThrow(
      /more than 65536/,
    );
    expect(() => new DenseCodeTable([[1.5, 'a'] as const], 'x')).toThrow(RangeError);
  });
});
