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
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const [code] of entries) {
      if (!Number.isInteger(code)) throw new RangeError(`codestate: code ${code} is not an integer.`);
      first = Math.min(first, code);
      last = Math.max(last, code);
    }
    const span = entries.length === 0 ? 0 : last - first + 1;
    if (span > MAX_SPAN) throw new RangeError(`codestate: codes span ${span}, more than ${MAX_SPAN}.`);
    // Filled with the fallback, not holes, so reads stay on V8's packed-array path.
    const values = Array.from({ length: span }, () => fallback);
    // Backwards, so the first pair of a code is the one left standing.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [code, value] = entries[i] as readonly [number, T];
      values[code - first] = value;
    }
    this.first = entries.length === 0 ? 0 : first;
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
