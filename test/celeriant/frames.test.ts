import { decode, encode } from '@msgpack/msgpack';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateKeyString,
  createCeleriantDecoder,
  createCeleriantEncoder,
  decodeHeader,
  decodeResponse,
  encodeFrame,
  encodeHeader,
  encodeRequest,
  FrameSplitter,
  HEADER_SIZE,
  idToBytes,
  leaderAddressOf,
  parseErrorDetails,
  RESPONSE_TYPE,
  toCeleriantId,
} from '../../src/frames/celeriant/index.ts';

const encoder = createCeleriantEncoder();
const decoder = createCeleriantDecoder(1 << 20);
const ORG = '0102030405060708090a0b0c0d0e0f10';
const TYPE = 'ff'.repeat(16);
const AGG = `${'00'.repeat(15)}2a`;

describe('celeriant header', () => {
  it('writes the 17-byte little-endian header', () => {
    const bytes = encodeHeader(3, 0x01020304);
    expect(bytes.byteLength).toBe(HEADER_SIZE);
    expect([...bytes]).toEqual([3, 0, 0, 0, 3, 0, 0, 0, 4, 3, 2, 1, 4, 3, 2, 1, 0]);
    const decoded = decodeHeader(bytes, 0x7fffffff);
    expect(decoded.ok && decoded.value).toEqual({
      version: 3,
      typeId: 3,
      compressedLength: 0x01020304,
      uncompressedLength: 0x01020304,
      compression: 0,
    });
  });

  it('refuses oversized, bincode, compressed and inconsistent headers without throwing', () => {
    expect(decodeHeader(encodeHeader(2, 2048), 1024)).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    const bincode = encodeHeader(2, 0);
    bincode[0] = 2;
    expect(decodeHeader(bincode, 1024)).toMatchObject({ ok: false, error: { kind: 'unsupported-version' } });
    const zstd = encodeHeader(2, 8);
    zstd[16] = 1;
    expect(decodeHeader(zstd, 1024)).toMatchObject({ ok: false, error: { kind: 'unsupported-compression' } });
    const lying = encodeHeader(2, 8);
    lying[12] = 9;
    expect(decodeHeader(lying, 1024)).toMatchObject({ ok: false, error: { kind: 'length-mismatch' } });
    expect(decodeHeader(new Uint8Array(5), 1024).ok).toBe(false);
  });
});

describe('@msgpack/msgpack with Celeriant shapes', () => {
  it('encodes a u128 id as bin8 c4 10 followed by 16 big-endian bytes', () => {
    const bytes = encoder.encode(idToBytes(1n));
    expect([...bytes.subarray(0, 2)]).toEqual([0xc4, 0x10]);
    expect(bytes[17]).toBe(1);
    expect(bytes.subarray(2, 17).every((b) => b === 0)).toBe(true);
    expect(toCeleriantId(decoder.decode(bytes) as Uint8Array)).toBe(`${'00'.repeat(15)}01`);
    expect(toCeleriantId((1n << 127n) + 5n)).toBe(`80${'00'.repeat(14)}05`);
    expect(toCeleriantId('01020304-0506-0708-090a-0b0c0d0e0f10')).toBe(ORG);
  });

  it('rejects ids that are not u128 with a typed error', () => {
    expect(() => idToBytes('xyz')).toThrow(expect.objectContaining({ kind: 'invalid-input' }));
    expect(() => idToBytes(-1n)).toThrow(expect.objectContaining({ kind: 'invalid-input' }));
    expect(() => idToBytes(new Uint8Array(15))).toThrow(expect.objectContaining({ kind: 'invalid-input' }));
  });

  it('decodes u64 above 2^53 exactly through useBigInt64', () => {
    const big = Uint8Array.of(0xcf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe);
    expect(decoder.decode(big)).toBe(0xfffffffffffffffen);
  });

  it('round-trips the array-keyed writes map, which the library defaults refuse', () => {
    const frame = encodeRequest(
      encoder,
      'write',
      {
        clientId: 7n,
        writes: [
          {
            org: ORG,
            type: TYPE,
            aggregate: AGG,
            allowCreate: true,
            events: [{ clientSeq: 5, typeMajor: 1, value: Uint8Array.of(1, 2), timestamp: 1000 }],
          },
        ],
      },
      10_000_000,
    );
    const body = frame.subarray(HEADER_SIZE);
    expect(() => decode(body)).toThrow(/key must be string or number/);
    const [correlation, clientId, userId, writes] = decoder.decode(body) as [
      unknown,
      Uint8Array,
      unknown,
      object,
    ];
    expect(correlation).toBeNull();
    expect(toCeleriantId(clientId)).toBe(toCeleriantId(7n));
    expect(userId).toBeNull();
    const key = aggregateKeyString(idToBytes(ORG), idToBytes(TYPE), idToBytes(AGG));
    const entry = (writes as Record<string, unknown>)[key] as unknown[];
    expect(entry).toEqual([[[5, 0, null, 1000, 1, 0, Uint8Array.of(1, 2), null]], true, null, true]);
  });

  it('refuses requests over the request size limit', () => {
    const input = {
      clientId: 1n,
      writes: [
        {
          org: 1n,
          type: 1n,
          aggregate: 1n,
          events: [{ clientSeq: 1, typeMajor: 1, value: new Uint8Array(2048) }],
        },
      ],
    };
    expect(() => encodeRequest(encoder, 'write', input, 1024)).toThrow(
      expect.objectContaining({ kind: 'too-large' }),
    );
  });
});

describe('celeriant responses', () => {
  const id = idToBytes(ORG);
  it('validates every response kind the client reads', () => {
    const cases: Array<[number, unknown, unknown]> = [
      [
        RESPONSE_TYPE.error,
        [null, 2011, '{}'],
        { kind: 'error', body: { correlationId: null, code: 2011, message: '{}' } },
      ],
      [
        RESPONSE_TYPE.identify,
        [null, id, 2, null, null],
        { kind: 'identify', body: { clientId: ORG, accessLevel: 'read-only' } },
      ],
      [RESPONSE_TYPE.write, [id, 3], { kind: 'write', body: { correlationId: ORG, fields: [3] } }],
      [RESPONSE_TYPE.watch, [[]], { kind: 'watch', body: { events: [] } }],
      [
        RESPONSE_TYPE.watch,
        [[[id, id, id, 1, 1, 2, null]]],
        { kind: 'watch', body: { events: [{ operation: 'write', toVersion: 2 }] } },
      ],
      [
        RESPONSE_TYPE.read,
        [null, [[1, id, null, 9, [[1, 0, null, 5, 1, 0, Uint8Array.of(7), null]]]], 2],
        { kind: 'read', body: { nextAggregateVersion: 2 } },
      ],
      [RESPONSE_TYPE.aggregateDetails, [null, 4, 1], { kind: 'aggregateDetails', body: { fields: [4, 1] } }],
      [RESPONSE_TYPE.listOrgs, [null, [id]], { kind: 'listOrgs', body: { orgs: [ORG] } }],
      [
        RESPONSE_TYPE.listAggregateTypes,
        [null, [id]],
        { kind: 'listAggregateTypes', body: { types: [ORG] } },
      ],
      [
        RESPONSE_TYPE.listAggregates,
        [null, [[id, 3, 99]]],
        { kind: 'listAggregates', body: { items: [{ aggregate: ORG, maxAggregateVersion: 3 }] } },
      ],
    ];
    for (const [typeId, value, expected] of cases) {
      const result = decodeResponse(decoder, typeId, encode(value));
      expect(result.ok && result.value).toMatchObject(expected as object);
    }
  });

  it('returns typed errors for unknown types, bad MessagePack and schema mismatches', () => {
    expect(decodeResponse(decoder, 99, encode([]))).toMatchObject({
      ok: false,
      error: { kind: 'unknown-message-type' },
    });
    expect(decodeResponse(decoder, 7, Uint8Array.of(0xc1))).toMatchObject({
      ok: false,
      error: { kind: 'malformed-body' },
    });
    const short = decodeResponse(decoder, 7, encode([null, 'x', 1]));
    expect(short).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
    expect(short.ok ? [] : short.error.issues.length).toBeGreaterThan(0);
    const badId = decodeResponse(decoder, 16, encode([Uint8Array.of(1, 2), null, null, null, null]));
    expect(badId).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.uint8Array({ maxLength: 256 }), (typeId, bytes) => {
        const result = decodeResponse(decoder, typeId, bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('error details', () => {
  it('parses JSON and keeps plain text and malformed JSON raw', () => {
    expect(parseErrorDetails('{"leader_address":"10.0.0.2:10000"}')).toEqual({
      leader_address: '10.0.0.2:10000',
    });
    expect(parseErrorDetails('Invalid API key')).toEqual({ raw: 'Invalid API key' });
    expect(parseErrorDetails('{a}')).toEqual({ raw: '{a}' });
    expect(parseErrorDetails('{"detail":RollbackInProgress}')).toEqual({
      raw: '{"detail":RollbackInProgress}',
    });
    expect(parseErrorDetails('[1]')).toEqual({ raw: '[1]' });
    expect(leaderAddressOf({})).toBeUndefined();
    expect(leaderAddressOf({ leader_address: 'a b:1' })).toBeUndefined();
    expect(leaderAddressOf({ leader_address: 'node-b:10002' })).toBe('node-b:10002');
  });
});

describe('FrameSplitter', () => {
  const frames = [
    encodeFrame(encoder, RESPONSE_TYPE.watch, [[]]),
    encodeFrame(encoder, RESPONSE_TYPE.error, [null, 8002, '{"detail":"io"}']),
    encodeFrame(encoder, RESPONSE_TYPE.read, [null, [], null]),
  ];
  const stream = Uint8Array.from(frames.flatMap((f) => [...f]));

  it('cuts frames out of arbitrarily split chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: stream.byteLength }), { maxLength: 10 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), stream.byteLength];
        const splitter = new FrameSplitter(1024);
        const out = [];
        for (let i = 1; i < points.length; i++) {
          const result = splitter.push(stream.subarray(points[i - 1], points[i]));
          expect(result.error).toBeUndefined();
          out.push(...result.frames);
        }
        expect(out.map((f) => f.header.typeId)).toEqual([8, 7, 2]);
        expect(splitter.pendingBytes).toBe(0);
      }),
    );
  });

  it('rejects a huge frame from its header, before any body arrives, and stays failed', () => {
    const splitter = new FrameSplitter(1024);
    const result = splitter.push(encodeHeader(2, 0xffffffff));
    expect(result.error?.kind).toBe('too-large');
    expect(splitter.push(frames[0] as Uint8Array).error?.kind).toBe('too-large');
  });

  it('reports a truncated frame as pending bytes', () => {
    const splitter = new FrameSplitter(1024);
    expect(splitter.push(stream.subarray(0, stream.byteLength - 1)).frames).toHaveLength(2);
    expect(splitter.pendingBytes).toBeGreaterThan(0);
  });
});
