/** One indexed text: lower-cased, where its first space is, and its rank (lower wins). */
interface IndexedText<T> {
  readonly text: string;
  readonly space: number;
  readonly rank: number;
  readonly value: T;
}

/**
 * A number for the two characters either side of a space, so texts can be found by the spaces
 * of the key instead of by trying every text. Folding to 7 bits may let two pairs collide; a
 * match is always confirmed on the whole text.
 */
function aroundSpace(text: string, space: number): number {
  return (
    ((text.charCodeAt(space - 2) & 0x7f) << 21) |
    ((text.charCodeAt(space - 1) & 0x7f) << 14) |
    ((text.charCodeAt(space + 1) & 0x7f) << 7) |
    (text.charCodeAt(space + 2) & 0x7f)
  );
}

/** True when the text's first space has two characters on each side, so it can anchor the text. */
function anchorOf(text: string): number {
  const space = text.indexOf(' ');
  return space >= 2 && space + 2 < text.length ? space : -1;
}

/**
 * Finds the first of many texts (in the order given) that a key contains, as a scan of every
 * text with `key.includes(text)` would, without trying every text. Each text is filed under the
 * characters around its first space; a key contains a text only where the key has that space
 * with the same characters around it, so looking up the key's spaces yields every text it can
 * contain. `-ERR` texts have about a hundred rows, and scanning them all per frame cost ten
 * times what nats.js spends on the same text (bench/classify.bench.ts).
 */
export class TextIndex<T> {
  private readonly anchored: ReadonlyMap<number, readonly IndexedText<T>[]>;
  /** Texts without a usable space (none among today's rows): always tried. */
  private readonly unanchored: readonly IndexedText<T>[];

  /** @param entries - `[text, value]` pairs, most wanted first; texts are compared lower-cased. */
  constructor(entries: Iterable<readonly [text: string, value: T]>) {
    const anchored = new Map<number, IndexedText<T>[]>();
    const unanchored: IndexedText<T>[] = [];
    let rank = 0;
    for (const [raw, value] of entries) {
      const text = raw.toLowerCase();
      const space = anchorOf(text);
      const indexed: IndexedText<T> = { text, space, rank: rank++, value };
      if (space < 0) {
        unanchored.push(indexed);
        continue;
      }
      const key = aroundSpace(text, space);
      const bucket = anchored.get(key) ?? [];
      bucket.push(indexed); // ranks grow, so every bucket stays in rank order
      anchored.set(key, bucket);
    }
    this.anchored = anchored;
    this.unanchored = unanchored;
  }

  /**
   * The value of the lowest-ranked text that `key` contains, or undefined.
   * @param key - the text to search, already lower-cased.
   */
  find(key: string): T | undefined {
    let best: IndexedText<T> | undefined;
    for (const candidate of this.unanchored) {
      if (key.includes(candidate.text)) {
        best = candidate;
        break;
      }
    }
    // An anchored text has two characters before its first space, so the key's first two
    // characters can never be that space; a space too near the end cannot anchor one either.
    for (
      let space = key.indexOf(' ', 2);
      space !== -1 && space + 2 < key.length;
      space = key.indexOf(' ', space + 1)
    ) {
      const bucket = this.anchored.get(aroundSpace(key, space));
      if (bucket === undefined) continue;
      for (const candidate of bucket) {
        if (best !== undefined && candidate.rank >= best.rank) break;
        const start = space - candidate.space;
        if (start >= 0 && key.startsWith(candidate.text, start)) {
          best = candidate;
          break;
        }
      }
    }
    return best?.value;
  }
}
