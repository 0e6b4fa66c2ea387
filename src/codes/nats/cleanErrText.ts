import { safeText } from '../verdictFrom.ts';

const DASH = 0x2d;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

/**
 * The text of a `-ERR` as nats.js compares it: bounded, trimmed, without a leading `-ERR` and
 * without the single quotes the server wraps it in (`-ERR 'Stale Connection'`). Anything that is
 * not a string becomes the empty string, so callers never throw on server input.
 */
export function cleanErrText(value: unknown): string {
  let text = (safeText(value) ?? '').trim();
  // Character codes rather than a regular expression or one-character strings: this runs for
  // every -ERR, and most texts start with a quote.
  if (text.charCodeAt(0) === DASH && /^-err\b/i.test(text)) text = text.slice(4).trim();
  const first = text.charCodeAt(0);
  if (
    text.length >= 2 &&
    (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) &&
    text.charCodeAt(text.length - 1) === first
  ) {
    text = text.slice(1, -1).trim();
  }
  return text;
}
