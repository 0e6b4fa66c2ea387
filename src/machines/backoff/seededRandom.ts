/**
 * A small seeded uniform generator in [0, 1) (mulberry32) for simulations and tests: pass it as the
 * machines' `random` input and the same seed gives the same timeline. Not for cryptography.
 * @param seed - any integer
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
