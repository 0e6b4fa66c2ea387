import { safeText } from '../verdictFrom.ts';

const DASH = 0x2d;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
/** What `String.prototype.trim` removes beyond ASCII (the same set as the regular expression `\s`). */
const OTHER_SPACE = /\s/;

/** True for the characters `String.prototype.trim` removes. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return OTHER_SPACE.test(String.fromCharCode(c));
}

/** True for the characters `\b` counts as word characters: `[A-Za-z0-9_]`. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Where the text of a `-ERR` line lies: characters `start` up to (not including) `end`. */
export interface ErrTextSpan {
  /** First character of the text. */
  readonly start: number;
  /** One past its last character. */
  readonly end: number;
}

/**
 * Where {@link cleanErrText} finds the text inside a line, without cutting it out: classify then
 * lower-cases the whole line once, which V8 does several times faster than lower-casing a slice.
 * @param line - the line as the server sent it (already bounded).
 */
export function errTextSpan(line: string): ErrTextSpan {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  // A leading `-ERR` as a whole word (`/^-err\b/i`), then the space after it.
  if (
    end - start >= 4 &&
    line.charCodeAt(start) === DASH &&
    (line.charCodeAt(start + 1) | 0x20) === 0x65 &&
    (line.charCodeAt(start + 2) | 0x20) === 0x72 &&
    (line.charCodeAt(start + 3) | 0x20) === 0x72 &&
    (start + 4 === end || !isWordChar(line.charCodeAt(start + 4)))
  ) {
    start += 4;
    while (start < end && isSpace(line.charCodeAt(start))) start++;
  }
  const first = line.charCodeAt(start);
  if (
    end - start >= 2 &&
    (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) &&
    line.charCodeAt(end - 1) === first
  ) {
    start++;
    end--;
    while (start < end && isSpace(line.charCodeAt(start))) start++;
    while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  }
  return { start, end };
}

/**
 * The one definition of a clean `-ERR` text: the NATS frame decoder (src/frames/nats) uses it for
 * `frame.text`, and classify applies the same span to whatever text an app passes it.
 *
 * The text of a `-ERR` as nats.js compares it: bounded, trimmed, without a leading `-ERR` and
 * without the single quotes the server wraps it in (`-ERR 'Stale Connection'`). Anything that is
 * not a string becomes the empty string, so callers never throw on server input.
 */
export function cleanErrText(value: unknown): string {
  const line = safeText(value) ?? '';
  const { start, end } = errTextSpan(line);
  return line.slice(start, end);
}
