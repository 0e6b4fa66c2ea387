import { describe, expect, it } from 'vitest';
import { sourcesUnder } from './sourceScan.ts';

// "Every verdict comes from src/codes": the layers above may route and record verdicts, never
// make them. These patterns are what making one by hand looks like; each names the way out.
const FORBIDDEN: [RegExp, string][] = [
  [
    /\b(verdictFrom|buildVerdict|verdictOfEntry|VerdictTemplate)\b/,
    'builds a verdict from parts: add a catalog row and classify a local signal instead',
  ],
  [
    /\{[^{}]*\bscope:\s*'[a-z]+'[^{}]*\baction:\s*'[a-z-]+'[^{}]*\}|\{[^{}]*\baction:\s*'[a-z-]+'[^{}]*\bscope:\s*'[a-z]+'[^{}]*\}/,
    'writes a scope and an action: that is a catalog row',
  ],
  [
    /\.\.\.(?:\w+\.)*(?:verdict|cause)\b[^{}]*\b(?:scope|action)\s*:/,
    'changes the scope or action of a classified verdict: re-scope it through classify()',
  ],
  [
    /(?::\s*Verdict\s*=\s*\{|\bas\s+Verdict\b|\bsatisfies\s+Verdict\b)/,
    'types an object literal as a Verdict',
  ],
];

const FILES = sourcesUnder('src/protocols', 'src/machines', 'src/frames', 'src/transports');

describe('no verdict is made outside src/codes', () => {
  it('scans a real tree', () => {
    expect(FILES.length).toBeGreaterThan(50);
    // The patterns do catch what they are for (the code this test replaced).
    const old = `return verdictFrom({ scope: 'connection', action: 'close' }, 'nats.pool.exhausted', {});`;
    expect(FORBIDDEN.filter(([pattern]) => pattern.test(old)).length).toBe(2);
    expect(FORBIDDEN[2]?.[0].test('{ ...verdict, action: "close" }')).toBe(true);
  });

  it.each(FILES.map((f) => [f.path, f.text] as const))('%s', (_path, text) => {
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
    expect(found).toEqual([]);
  });
});
