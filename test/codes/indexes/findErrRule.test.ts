import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';
import { natsErrRules } from '../../../src/codes/nats/natsRules.ts';

// The -ERR rule written the plain way (clean, lower-case, first row in order whose text it
// contains): the indexed, whole-line-lower-cased search must pick the same row for any line,
// including characters whose lower case changes length ('İ') or depends on context ('Σ').
function plainRule(line: string): string {
  let text = line.trim();
  if (/^-err\b/i.test(text)) text = text.slice(4).trim();
  const first = text[0];
  if (text.length >= 2 && (first === "'" || first === '"') && text.endsWith(first))
    text = text.slice(1, -1).trim();
  const key = text.toLowerCase();
  const row = key ? natsErrRules.find((r) => r.text && key.includes(r.text.toLowerCase())) : undefined;
  return row?.id ?? 'nats.err.default';
}

const texts = natsErrRules.flatMap((r) => (r.text ? [r.text] : []));
const noise = fc.string({
  maxLength: 6,
  unit: fc.constantFrom(' ', "'", '"', 'a', 'İ', 'Σ', '\u212a', '-ERR ', '\t'),
});
const line = fc
  .tuple(
    noise,
    fc.constantFrom(...texts),
    noise,
    fc.constantFrom(...texts),
    noise,
    fc.boolean(),
    fc.boolean(),
  )
  .map(([a, t1, b, t2, c, upper, two]) => {
    const body = two ? `${a}${t1}${b}${t2}${c}` : `${a}${t1}${c}`;
    return upper ? body.toUpperCase() : body;
  });

describe('-ERR row search', () => {
  it('picks the row a plain scan of every row picks', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(classify({ protocol: 'nats', kind: 'err', text }).rule).toBe(plainRule(text));
      }),
      { numRuns: 5000 },
    );
  });
});
