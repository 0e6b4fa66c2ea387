import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodeResult, decodeCentrifugoFrames } from '../../src/frames/centrifugo/index.ts';

/** Frames Centrifugo really sends (spec §7); the mutators start from these. */
// 100k frames in CI; `npm run bench` runs this file with FUZZ_SCALE=10 (1M frames).
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

const SEEDS = [
  '{"id":1,"connect":{"client":"c","version":"6.9.1","expires":true,"ttl":3599,"ping":25,"pong":true}}',
  '{"id":2,"subscribe":{"recoverable":true,"epoch":"E1","publications":[{"data":{"x":6},"offset":6}],"recovered":true,"offset":7}}',
  '{"id":1,"error":{"code":109,"message":"token expired"}}',
  '{"push":{"channel":"ch","pub":{"data":{"text":"hi"},"info":{"user":"42","client":"c"},"offset":12,"tags":{"k":"v"}}}}',
  '{"push":{"channel":"ch","unsubscribe":{"code":2500,"reason":"insufficient state"}}}',
  '{"push":{"disconnect":{"code":3001,"reason":"shutdown"}}}',
  '{"id":6,"presence":{"presence":{"c1":{"client":"c1","user":"u1"}}}}',
  '{"id":5,"history":{"publications":[{"data":{"a":1},"offset":1}],"epoch":"E","offset":1}}',
  '{}',
];

const HOSTILE = [
  '{"__proto__":{"polluted":true},"id":1,"connect":{}}',
  '{"push":{"channel":"c","pub":{"data":{"__proto__":{"polluted":true}},"tags":{"__proto__":"x"}}}}',
  '{"id":1,"connect":{"subs":{"__proto__":{"recoverable":true},"constructor":{"offset":1}}}}',
  '{"id":1e400,"connect":{}}',
  '{"id":4294967296,"connect":{}}',
  '{"push":{"channel":"c","pub":{"offset":9007199254740993}}}',
  '{"id":99999,"rpc":{"data":1}}',
  '{"push":{"channel":"c","brand_new_push":{}}}',
  '{"push":{"disconnect":{"code":"3001"}}}',
  '[1,2,3]',
  'null',
  '"{}"',
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
];

function mutate(seed: string, at: number, op: number, insert: string): string {
  const i = at % (seed.length + 1);
  switch (op % 4) {
    case 0:
      return seed.slice(0, i) + insert + seed.slice(i);
    case 1:
      return seed.slice(0, i) + seed.slice(i + 1 + (insert.length % 5));
    case 2:
      return seed.slice(0, i) + insert + seed.slice(i + insert.length);
    default:
      return `${seed}\n${seed.slice(0, i)}`;
  }
}

function assertWellFormed(result: DecodeResult): void {
  if (result.ok) {
    for (const frame of result.frames) expect(['ping', 'push', 'reply']).toContain(frame.type);
  } else {
    expect(result.error.type).toBe('frame-error');
    expect(['too-large', 'not-text', 'not-json', 'invalid']).toContain(result.error.kind);
    expect(result.error.message.length).toBeGreaterThan(0);
    if (result.error.kind === 'invalid') expect(result.error.issues.length).toBeGreaterThan(0);
  }
}

describe('decoder fuzz', () => {
  it(
    `never throws and types every rejection over ${100 * SCALE}k generated and mutated frames`,
    () => {
      const mutated = fc.tuple(
        fc.constantFrom(...SEEDS, ...HOSTILE.slice(0, -1)),
        fc.nat(),
        fc.nat(),
        fc.string(),
      );
      let runs = 0;
      fc.assert(
        fc.property(mutated, ([seed, at, op, insert]) => {
          assertWellFormed(decodeCentrifugoFrames(mutate(seed, at, op, insert)));
          runs++;
        }),
        { numRuns: 60_000 * SCALE },
      );
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          assertWellFormed(decodeCentrifugoFrames(JSON.stringify(value)));
          assertWellFormed(decodeCentrifugoFrames(JSON.stringify({ push: value })));
          runs++;
        }),
        { numRuns: 20_000 * SCALE },
      );
      fc.assert(
        fc.property(fc.anything(), (value) => {
          assertWellFormed(decodeCentrifugoFrames(value));
          runs++;
        }),
        { numRuns: 20_000 * SCALE },
      );
      for (const frame of HOSTILE) assertWellFormed(decodeCentrifugoFrames(frame));
      expect(runs).toBeGreaterThanOrEqual(100_000 * SCALE);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    60_000 * SCALE,
  );

  it('drops prototype keys, huge numbers and ids beyond uint32', () => {
    const polluted = decodeCentrifugoFrames(HOSTILE[2]);
    expect(
      polluted.ok && polluted.frames[0]?.type === 'reply' && polluted.frames[0].reply.connect?.subs,
    ).toEqual({});
    expect(decodeCentrifugoFrames(HOSTILE[3]).ok).toBe(false);
    expect(decodeCentrifugoFrames(HOSTILE[4]).ok).toBe(false);
    expect(decodeCentrifugoFrames(HOSTILE[5]).ok).toBe(false);
    expect(decodeCentrifugoFrames(HOSTILE[12] as string).ok).toBe(false);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
