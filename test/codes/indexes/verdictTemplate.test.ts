import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/codes/catalog.ts';
import { buildVerdict } from '../../../src/codes/verdictFrom.ts';
import { VerdictTemplate } from '../../../src/codes/verdictTemplate.ts';

const rows = catalog();
const part = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

// Rows with flags take their own literals (a state invalidation) or the general path: a few
// percent of the catalog, so they get a run of their own.
const flagged = rows.filter(
  (row) => row.verdict.resetPosition || row.verdict.clearToken || row.verdict.immediate,
);

describe('VerdictTemplate', () => {
  it.each([
    ['every row', rows],
    ['rows with flags', flagged],
  ])('builds the same verdict as buildVerdict, key for key and in the same order (%s)', (_, sample) => {
    expect(sample.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...sample),
        fc.boolean(),
        part(fc.integer()),
        part(fc.string()),
        part(fc.string()),
        part(fc.anything()),
        (row, withEntry, code, reason, target, details) => {
          const entry = withEntry ? row : undefined;
          const fast = new VerdictTemplate(row.verdict, row.id, entry).verdict(code, reason, target, details);
          const plain = buildVerdict(row.verdict, row.id, entry, code, reason, target, details);
          expect(fast).toStrictEqual(plain);
          expect(Object.keys(fast)).toEqual(Object.keys(plain));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('returns a new object every time', () => {
    const template = VerdictTemplate.ofRow(rows[0] as (typeof rows)[number]);
    expect(template.verdict(1, undefined)).not.toBe(template.verdict(1, undefined));
  });
});
