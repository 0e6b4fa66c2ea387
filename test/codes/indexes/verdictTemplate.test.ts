import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/codes/catalog.ts';
import { buildVerdict } from '../../../src/codes/verdictFrom.ts';
import { VerdictTemplate } from '../../../src/codes/verdictTemplate.ts';

const rows = catalog();
const part = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

describe('VerdictTemplate', () => {
  it('builds the same verdict as buildVerdict, key for key and in the same order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
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
