import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanErrText, errTextSpan } from '../../../src/codes/nats/cleanErrText.ts';

// The rule as nats.js states it, written the plain way: the character-code version must agree.
function reference(value: string): string {
  let text = value.trim();
  if (/^-err\b/i.test(text)) text = text.slice(4).trim();
  const first = text[0];
  if (text.length >= 2 && (first === "'" || first === '"') && text.endsWith(first))
    text = text.slice(1, -1).trim();
  return text;
}

const piece = fc.constantFrom(
  '',
  ' ',
  '\t',
  '\r\n',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u3000',
  '\u200b',
  '-ERR',
  '-err',
  '-ErR',
  '_',
  '1',
  '\u212a',
  "'",
  '"',
  'x',
  'Stale Connection',
);

describe('errTextSpan', () => {
  it('finds the text the plain trim-and-strip rule finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const line = pieces.join('');
        const { start, end } = errTextSpan(line);
        expect(line.slice(start, end)).toBe(reference(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('treats every UTF-16 code unit as trim and \\b do', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const line of [`${ch}x${ch}`, `-ERR${ch}'y'`]) expect(cleanErrText(line)).toBe(reference(line));
    }
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 5, {}, []]) expect(cleanErrText(value)).toBe('');
  });
});
