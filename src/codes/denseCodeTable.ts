/** Widest span of codes a {@link DenseCodeTable} holds in one array. */
const MAX_SPAN = 1 << 16;

/**
 * Values for one contiguous span of codes, with a fallback for every other code: one bounds
 * check and one array read per lookup. Built once from resolved ranges (the Centrifugo disconnect
 * codes 3000-4999), where the sparse {@link CodeIndex} spent more on its block walk and integer
 * check than the hand-written switch classify is measured against spends in all
 * (bench/classify.bench.ts).
 */
export class DenseCodeTable<T> {
  private readonly first: number;
  private readonly values: readonly T[];
  private readonly fallback: T;

  /**
   * @param entries - `[code, value]` pairs, integer codes; when two share a code, the first wins.
   * @param fallback - the value of every code no entry names.
   * @throws RangeError when the codes span more than 65,536 values (split the ranges instead).
   */
  constructor(entries: ReadonlyArray<readonly [code: number, value: T]>, fallback: T) {
    const codes = entries.map(([code]) => code);
    const first = codes.length === 0 ? 0 : Math.min(...codes);
    const span = codes.length === 0 ? 0 : Math.max(...codes) - first + 1;
    if (span > MAX_SPAN || !codes.every(Number.isInteger))
      throw new RangeError(
        `codestate: a dense code table takes integer codes spanning at most ${MAX_SPAN}; got ${codes.length} codes over ${span}.`,
      );
    // Filled with the fallback, not holes, so reads stay on V8's packed-array path.
    const values = Array.from({ length: span }, () => fallback);
    const seen = new Set<number>();
    for (const [code, value] of entries) {
      if (seen.has(code)) continue;
      seen.add(code);
      values[code - first] = value;
    }
    this.first = first;
    this.values = values;
    this.fallback = fallback;
  }

  /** The value for a safe integer code (see `safeCode`), or the fallback. */
  get(code: number | undefined): T {
    if (code === undefined) return this.fallback;
    const at = code - this.first;
    return at >= 0 && at < this.values.length ? (this.values[at] as T) : this.fallback;
  }
}
