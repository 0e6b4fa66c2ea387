// Codes are grouped in blocks of 64: the catalogs are sparse (Celeriant uses 1000-11000 with
// a few dozen codes per thousand), so one flat array would hold thousands of empty slots.
const BLOCK_BITS = 6;
const BLOCK_SIZE = 1 << BLOCK_BITS;
/** Codes from 0 to this bound (exclusive) live in blocks; any other code in a Map. */
const BLOCKED_CODES = 1 << 16;

/**
 * Values keyed by numeric code, built once when the module loads. Reads like a `ReadonlyMap`
 * but answers with two array reads: classify looks a code up for every frame, and `Map#get`
 * alone cost about as much as the hand-written switch it is measured against
 * (bench/classify.bench.ts).
 */
export class CodeIndex<T> {
  private readonly blocks: ReadonlyArray<ReadonlyArray<T | undefined> | undefined>;
  private readonly others: ReadonlyMap<number, T>;

  /** @param entries - `[code, value]` pairs; when two share a code, the first one wins. */
  constructor(entries: Iterable<readonly [code: number, value: T]>) {
    const blocks: ((T | undefined)[] | undefined)[] = [];
    const others = new Map<number, T>();
    const seen = new Set<number>();
    for (const [code, value] of entries) {
      if (seen.has(code)) continue;
      seen.add(code);
      if (!Number.isInteger(code) || code < 0 || code >= BLOCKED_CODES) {
        others.set(code, value);
        continue;
      }
      const at = code >>> BLOCK_BITS;
      while (blocks.length <= at) blocks.push(undefined);
      // Filled with undefined rather than holes so reads stay on V8's packed-array path.
      const block = blocks[at] ?? Array.from({ length: BLOCK_SIZE }, () => undefined);
      block[code & (BLOCK_SIZE - 1)] = value;
      blocks[at] = block;
    }
    this.blocks = blocks;
    this.others = others;
  }

  /** The value for this code, or undefined. */
  get(code: number): T | undefined {
    if (code >= 0 && code < BLOCKED_CODES && Number.isInteger(code)) {
      return this.blocks[code >>> BLOCK_BITS]?.[code & (BLOCK_SIZE - 1)];
    }
    return this.others.size === 0 ? undefined : this.others.get(code);
  }
}
