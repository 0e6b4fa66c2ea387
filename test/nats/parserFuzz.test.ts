import { describe, expect, it } from 'vitest';
import { createNatsParser, type NatsFrame } from '../../src/frames/nats/index.ts';
import { SAMPLE_STREAM } from './natsWireSamples.ts';

/** Small seeded PRNG (mulberry32) so a failing stream can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTING = [0x0d, 0x0a, 0x20, 0x09, 0x27, 0x30, 0x39, 0x7b, 0x7d, 0xff, 0x00];

/** Flips, inserts, deletes and duplicates bytes of the sample stream. */
function mutate(rand: () => number): Uint8Array {
  const bytes = Array.from(SAMPLE_STREAM);
  const edits = 1 + Math.floor(rand() * 6);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rand() * (bytes.length + 1));
    const pick = rand();
    const byte =
      rand() < 0.5 ? INTERESTING[Math.floor(rand() * INTERESTING.length)]! : Math.floor(rand() * 256);
    if (pick < 0.4) bytes[at] = byte;
    else if (pick < 0.65) bytes.splice(at, 0, byte);
    else if (pick < 0.85) bytes.splice(at, 1 + Math.floor(rand() * 8));
    else bytes.splice(at, 0, ...bytes.slice(at, at + Math.floor(rand() * 40)));
  }
  return Uint8Array.from(bytes);
}

/** Cuts `bytes` into 1–5 random chunks. */
function split(bytes: Uint8Array, rand: () => number): Uint8Array[] {
  const cuts = Array.from({ length: Math.floor(rand() * 5) }, () => Math.floor(rand() * bytes.length)).sort(
    (x, y) => x - y,
  );
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    chunks.push(bytes.slice(from, cut));
    from = cut;
  }
  return chunks;
}

// 100k streams in CI; `npm run bench` runs this file with FUZZ_SCALE=10 (1M streams).
const STREAMS = 100_000 * Number(process.env.FUZZ_SCALE ?? 1);

describe('NATS parser fuzz', () => {
  it(
    `survives ${STREAMS} mutated, randomly split streams without throwing`,
    () => {
      let errors = 0;
      let frames = 0;
      let largest = 0;
      const onFrame = (f: NatsFrame) => {
        frames++;
        if (f.kind === 'msg' && f.payload.length > largest) largest = f.payload.length;
      };
      for (let seed = 1; seed <= STREAMS; seed++) {
        const rand = prng(seed);
        const parser = createNatsParser({ maxControlLine: 512, maxPayload: 4096 });
        for (const chunk of split(mutate(rand), rand)) {
          const error = parser.push(chunk, onFrame);
          if (error) {
            expect(error.kind).toBe('frame-error');
            errors++;
            break;
          }
        }
      }
      // The mutations must exercise both outcomes, or the fuzz proves nothing.
      expect(errors).toBeGreaterThan(STREAMS / 10);
      expect(frames).toBeGreaterThan(STREAMS);
      // Payload sizes come from byte counts in the input; they never exceed maxPayload.
      expect(largest).toBeLessThanOrEqual(4096);
    },
    // CPU-bound: about 10 s on an idle core, several times that beside other work on two cores.
    Math.max(180_000, STREAMS / 2),
  );
});
