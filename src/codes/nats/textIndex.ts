/** One indexed text, lower-cased, with its rank (lower wins). */
interface IndexedText<T> {
  readonly text: string;
  readonly rank: number;
  readonly value: T;
}

/** Slots of the anchor table: a power of two, a few times the number of texts. */
const SLOTS = 1024;

/**
 * The slot for the two characters either side of a space, so texts can be found through the
 * spaces of the key instead of by trying every text. Texts whose anchors share a slot share a
 * bucket; a candidate is always confirmed on the whole text.
 */
function slotOf(text: string, space: number): number {
  const before = text.charCodeAt(space - 2) * 31 + text.charCodeAt(space - 1);
  const after = text.charCodeAt(space + 1) * 31 + text.charCodeAt(space + 2);
  return (before * 961 + after) & (SLOTS - 1);
}

/** The slot of a whole span: its length and its first and last characters. */
function wholeSlotOf(text: string, from: number, to: number): number {
  return ((to - from) * 961 + text.charCodeAt(from) * 31 + text.charCodeAt(to - 1)) & (SLOTS - 1);
}

/** The text's first space when it has two characters on each side (so it can anchor), else -1. */
function anchorOf(text: string): number {
  const space = text.indexOf(' ');
  return space >= 2 && space + 2 < text.length ? space : -1;
}

/**
 * True when `text` occurs in `key` between `from` and `to`. Containment anywhere in the span is
 * enough (the lowest rank among contained texts wins), and `indexOf` is several times faster
 * than `startsWith` at an offset in V8. Later occurrences end later, so the first one decides.
 */
function containsIn(key: string, text: string, from: number, to: number): boolean {
  const at = key.indexOf(text, from);
  return at !== -1 && at + text.length <= to;
}

/**
 * Finds the first of many texts (in the order given) that a key contains, as trying
 * `key.includes(text)` for each text in turn would, without trying every text. Each text is
 * filed under the characters around its first space: a key can contain a text only where the
 * key has a space with the same characters around it, so the key's spaces name every text it
 * can contain. `-ERR` texts have about a hundred rows, and trying them all per frame cost ten
 * times what nats.js spends on the same text (bench/classify.bench.ts).
 */
export class TextIndex<T> {
  /** Buckets by anchor slot, each in rank order; a Map lookup per space cost more than the search. */
  private readonly anchored: ReadonlyArray<readonly IndexedText<T>[] | undefined>;
  /** Texts without a usable space (none among today's rows): always tried. */
  private readonly unanchored: readonly IndexedText<T>[];
  /**
   * Buckets by whole-text slot, when texts come longest first: a span that is exactly one text
   * then contains no text ranked before it, so most `-ERR` lines take one lookup. Undefined
   * when a shorter text comes before a longer one.
   */
  private readonly whole: ReadonlyArray<readonly IndexedText<T>[] | undefined> | undefined;

  /** @param entries - `[text, value]` pairs, most wanted first; texts are compared lower-cased. */
  constructor(entries: Iterable<readonly [text: string, value: T]>) {
    const anchored: (IndexedText<T>[] | undefined)[] = Array.from({ length: SLOTS }, () => undefined);
    const unanchored: IndexedText<T>[] = [];
    const whole: (IndexedText<T>[] | undefined)[] = Array.from({ length: SLOTS }, () => undefined);
    let longestFirst = true;
    let previousLength = Number.POSITIVE_INFINITY;
    let rank = 0;
    for (const [raw, value] of entries) {
      const text = raw.toLowerCase();
      const indexed: IndexedText<T> = { text, rank: rank++, value };
      if (text.length > previousLength) longestFirst = false;
      previousLength = text.length;
      if (text.length > 0) {
        const slot = wholeSlotOf(text, 0, text.length);
        whole[slot] = [...(whole[slot] ?? []), indexed];
      }
      const space = anchorOf(text);
      if (space < 0) {
        unanchored.push(indexed);
        continue;
      }
      const slot = slotOf(text, space);
      // Ranks only grow, so every bucket stays in rank order.
      anchored[slot] = [...(anchored[slot] ?? []), indexed];
    }
    this.anchored = anchored;
    this.unanchored = unanchored;
    this.whole = longestFirst ? whole : undefined;
  }

  /**
   * The value of the lowest-ranked text that `key` contains between `from` and `to`, or
   * undefined. Searching a span of an already lower-cased line spares cutting the span out and
   * lower-casing it again.
   * @param key - the text to search, already lower-cased.
   * @param from - first character of the span searched.
   * @param to - one past its last character.
   */
  find(key: string, from = 0, to = key.length): T | undefined {
    const exact = from < to && this.whole !== undefined ? this.whole[wholeSlotOf(key, from, to)] : undefined;
    if (exact !== undefined) {
      for (let i = 0; i < exact.length; i++) {
        const candidate = exact[i] as IndexedText<T>;
        // Same length and found at the span's start: the span is this text.
        if (candidate.text.length === to - from && key.indexOf(candidate.text, from) === from)
          return candidate.value;
      }
    }
    let best: IndexedText<T> | undefined;
    for (const candidate of this.unanchored) {
      if (containsIn(key, candidate.text, from, to)) {
        best = candidate;
        break;
      }
    }
    // An anchored text has two characters before its first space, so the span's first two
    // characters can never be that space; a space too near the end cannot anchor one either.
    // A text anchored at a space starts after the key's previous space (it has none before its
    // first), so when texts come longest first, one found rules out every later space whose
    // room up to the span's end is shorter than it: any text ranked before it is no shorter.
    let previous = from - 1;
    for (
      let space = key.indexOf(' ', from + 2);
      space !== -1 && space + 2 < to;
      previous = space, space = key.indexOf(' ', space + 1)
    ) {
      if (best !== undefined && this.whole !== undefined && to - previous - 1 < best.text.length) break;
      const bucket = this.anchored[slotOf(key, space)];
      if (bucket === undefined) continue;
      for (let i = 0; i < bucket.length; i++) {
        const candidate = bucket[i] as IndexedText<T>;
        if (best !== undefined && candidate.rank >= best.rank) break;
        if (containsIn(key, candidate.text, from, to)) {
          best = candidate;
          break;
        }
      }
    }
    return best === undefined ? undefined : best.value;
  }
}
