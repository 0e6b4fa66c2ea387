import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineBuffer } from '../../src/protocols/centrifugo/transports/createLineBuffer.ts';

const enc = new TextEncoder();

/** Feeds `chunks` and returns the lines (or the error) the buffer produced. */
function feed(max: number, chunks: Uint8Array[]): { lines: string[]; error?: string } {
  const buffer = createLineBuffer(max);
  const lines: string[] = [];
  for (const chunk of chunks) {
    const error = buffer.push(chunk, (line) => lines.push(line));
    if (error) return { lines, error };
  }
  return { lines };
}

/** Cuts `bytes` at the given offsets. */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('createLineBuffer (HTTP-stream framing)', () => {
  it('gives the same lines however the bytes are chunked, multi-byte characters included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('\n') && s.trim() !== ''),
          {
            maxLength: 8,
          },
        ),
        fc.array(fc.nat(), { maxLength: 10 }),
        (lines, offsets) => {
          const bytes = enc.encode(lines.map((line) => `${line}\n`).join(''));
          expect(feed(1 << 20, cut(bytes, offsets))).toEqual({ lines });
        },
      ),
    );
  });

  it('refuses a line beyond the limit whether it is still open or completed in one chunk', () => {
    expect(feed(8, [enc.encode('12345'), enc.encode('6789')]).error).toBe('stream line exceeds 8 bytes');
    expect(feed(8, [enc.encode('ok\n123456789\nlater\n')])).toEqual({
      lines: ['ok'],
      error: 'stream line exceeds 8 bytes',
    });
    // A line of exactly the limit passes.
    expect(feed(8, [enc.encode('1234'), enc.encode('5678\n')])).toEqual({ lines: ['12345678'] });
  });

  it('skips blank lines (keep-alives) and keeps a trailing partial line for later', () => {
    expect(feed(64, [enc.encode('\n \n{"a":1}\n{"b"'), enc.encode(':2}\n')])).toEqual({
      lines: ['{"a":1}', '{"b":2}'],
    });
  });
});
