import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { natsCloseReasonRules, natsErrRules } from '../../../src/codes/nats/natsRules.ts';
import { TextIndex } from '../../../src/codes/nats/textIndex.ts';

// The index must answer exactly what trying every text in order answers.
function firstContained(
  texts: readonly string[],
  key: string,
  from = 0,
  to = key.length,
): number | undefined {
  const span = key.slice(from, to);
  const found = texts.findIndex((text) => span.includes(text.toLowerCase()));
  return found === -1 ? undefined : found;
}

const errTexts = natsErrRules.flatMap((r) => (r.text ? [r.text] : []));
const closeTexts = natsCloseReasonRules.flatMap((r) => (r.text ? [r.text] : []));
const noise = fc.string({
  maxLength: 12,
  unit: fc.constantFrom('a', 'Z', ' ', '"', "'", 'x', '.', 'İ', 'K'),
});

function keys(texts: readonly string[]) {
  return fc
    .tuple(noise, fc.constantFrom(...texts), noise, fc.constantFrom(...texts), noise, fc.boolean())
    .map(([a, t1, b, t2, c, two]) => (two ? `${a}${t1}${b}${t2}${c}` : `${a}${t1}${c}`).toLowerCase());
}

describe('TextIndex', () => {
  for (const [name, texts] of [
    ['-ERR texts', errTexts],
    ['close reasons', closeTexts],
  ] as const) {
    const index = new TextIndex(texts.map((text, i) => [text, i] as const));

    it(`finds the first ${name} text a key contains, as a scan of every text does`, () => {
      fc.assert(
        fc.property(keys(texts), (key) => {
          expect(index.find(key)).toBe(firstContained(texts, key));
        }),
        { numRuns: 3000 },
      );
    });

    it(`searches only the span it is given (${name})`, () => {
      fc.assert(
        fc.property(keys(texts), fc.nat(), fc.nat(), (key, a, b) => {
          const from = Math.min(a, b) % (key.length + 1);
          const to = from + ((Math.max(a, b) - Math.min(a, b)) % (key.length - from + 1));
          expect(index.find(key, from, to)).toBe(firstContained(texts, key, from, to));
        }),
        { numRuns: 3000 },
      );
    });

    it(`tells a ${name} text from a near miss: one character of it replaced`, () => {
      // A candidate is checked only where its first space meets a space of the key, character by
      // character: a key that differs from a text in one place must not match it.
      fc.assert(
        fc.property(
          noise,
          fc.constantFrom(...texts),
          fc.nat(),
          fc.constantFrom('q', ' ', '"', 'x', 'e', 'İ'),
          noise,
          (a, text, at, unit, c) => {
            const i = at % text.length;
            const key = `${a}${text.slice(0, i)}${unit}${text.slice(i + 1)}${c}`.toLowerCase();
            expect(index.find(key)).toBe(firstContained(texts, key));
          },
        ),
        { numRuns: 3000 },
      );
    });

    it(`finds every ${name} text on its own, and nothing in text without one`, () => {
      for (const text of texts)
        expect(index.find(text.toLowerCase())).toBe(firstContained(texts, text.toLowerCase()));
      expect(index.find('')).toBeUndefined();
      expect(index.find('nothing to see here at all')).toBeUndefined();
    });
  }

  it('tries texts without a usable space on every key', () => {
    const texts = ['ab cd', 'wildcard()', 'x y', 'zz'];
    const index = new TextIndex(texts.map((text, i) => [text, i] as const));
    for (const key of [
      'ab cd',
      'wildcard()',
      'q x y q',
      'zz',
      'ab cd zz',
      'zz ab cd',
      'a wildcard() ab cd',
    ]) {
      expect(index.find(key)).toBe(firstContained(texts, key));
    }
  });

  it('keeps the order given when a shorter text comes before a longer one, and the first of equal texts', () => {
    const texts = ['b c', 'a b c d', 'same text', 'same text', 'xx a b c d'];
    const index = new TextIndex(texts.map((text, i) => [text, i] as const));
    for (const key of ['a b c d', 'b c', 'same text', 'xx a b c d', 'q same text q']) {
      expect(index.find(key)).toBe(firstContained(texts, key));
    }
    const longestFirst = ['xx a b c d', 'same text', 'same text', 'a b c d', 'b c'];
    const sorted = new TextIndex(longestFirst.map((text, i) => [text, i] as const));
    for (const key of ['a b c d', 'b c', 'same text', 'xx a b c d', 'q same text q', 'xb c']) {
      expect(sorted.find(key)).toBe(firstContained(longestFirst, key));
    }
  });
});
