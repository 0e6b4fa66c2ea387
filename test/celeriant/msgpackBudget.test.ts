import { encode } from '@msgpack/msgpack';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMsgpackBudget,
  createCeleriantDecoder,
  DEFAULT_MAX_DECODED_SIZE,
  DEFAULT_MAX_DEPTH,
  decodeResponse,
  RESPONSE_TYPE,
} from '../../src/frames/celeriant/index.ts';

const MAX = 64 * 1024 * 1024;
const decoder = createCeleriantDecoder(MAX);
const budget = { maxDepth: DEFAULT_MAX_DEPTH, maxDecodedSize: DEFAULT_MAX_DECODED_SIZE };

/** `size` bytes of one-element arrays around a nil: the heap bomb of issue 11. */
function nestedBomb(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x91);
  bytes[size - 1] = 0xc0;
  return bytes;
}

describe('MessagePack budget', () => {
  it('refuses a 4 MB nested-array bomb with the typed error, before decoding it', () => {
    const before = process.memoryUsage().heapUsed;
    const result = decodeResponse(decoder, RESPONSE_TYPE.write, nestedBomb(4 * 1024 * 1024));
    expect(result).toMatchObject({ ok: false, error: { name: 'CeleriantFrameError', kind: 'too-complex' } });
    expect(result.ok ? '' : result.error.message).toContain('maxDepth');
    // Decoding it would take ~640 MB; refusing it allocates next to nothing.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses array, map, str and bin lengths the body cannot hold', () => {
    const lying = [
      [0xdd, 0xff, 0xff, 0xff, 0xff, 0xc0], // array32 of 4 billion values
      [0xdf, 0x7f, 0xff, 0xff, 0xff, 0xc0, 0xc0], // map32
      [0xdb, 0x3b, 0x9a, 0xca, 0x00, 0x61], // str32 of 1 GB
      [0xc6, 0x3b, 0x9a, 0xca, 0x00, 0x61], // bin32 of 1 GB
      [0xdc, 0x00, 0x03, 0xc0], // array16 of 3 with one value
    ];
    for (const bytes of lying) {
      const result = decodeResponse(decoder, RESPONSE_TYPE.write, Uint8Array.from(bytes));
      expect(result).toMatchObject({ ok: false, error: { kind: 'malformed-body' } });
      expect(result.ok ? '' : result.error.message).toMatch(/declares \d+/);
    }
  });

  it('refuses a flat run of empty containers above maxDecodedSize', () => {
    const count = 100_000;
    const bytes = new Uint8Array(5 + count).fill(0x90);
    bytes[0] = 0xdd; // array32 of `count` empty arrays
    new DataView(bytes.buffer).setUint32(1, count);
    const small = createCeleriantDecoder(MAX, { maxDecodedSize: 1024 * 1024 });
    const result = decodeResponse(small, RESPONSE_TYPE.write, bytes);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-complex' } });
    expect(result.ok ? '' : result.error.message).toContain('maxDecodedSize');
    expect(checkMsgpackBudget(bytes, budget)).toBeUndefined();
  });

  it('a bad limit option never lifts the limit: it falls back to the default', () => {
    for (const bad of [Number.NaN, -1, 0]) {
      const lax = createCeleriantDecoder(MAX, { maxDepth: bad, maxDecodedSize: bad });
      const result = decodeResponse(lax, RESPONSE_TYPE.write, nestedBomb(4096));
      expect(result).toMatchObject({ ok: false, error: { kind: 'too-complex' } });
    }
  });

  it('accepts the depth it allows and refuses one more level', () => {
    const nested = (depth: number) => Uint8Array.from([...new Array(depth).fill(0x91), 0xc0]);
    expect(checkMsgpackBudget(nested(DEFAULT_MAX_DEPTH), budget)).toBeUndefined();
    expect(checkMsgpackBudget(nested(DEFAULT_MAX_DEPTH + 1), budget)).toMatchObject({ kind: 'too-complex' });
  });

  it('passes every value the encoder writes (the scan agrees with the library)', () => {
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(
        fc.integer(),
        fc.double(),
        fc.string(),
        fc.uint8Array({ maxLength: 300 }),
        fc.constant(null),
        fc.boolean(),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }),
      ),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 20 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 20 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(checkMsgpackBudget(encode(v, { useBigInt64: true }), budget)).toBeUndefined();
      }),
    );
  });
});
