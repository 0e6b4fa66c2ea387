import { safeText } from '../verdictFrom.ts';

/**
 * The text of a `-ERR` as nats.js compares it: bounded, trimmed, without a leading `-ERR` and
 * without the single quotes the server wraps it in (`-ERR 'Stale Connection'`). Anything that is
 * not a string becomes the empty string, so callers never throw on server input.
 */
export function cleanErrText(value: unknown): string {
  let text = (safeText(value) ?? '').trim();
  if (/^-err\b/i.test(text)) text = text.slice(4).trim();
  const first = text[0];
  if (text.length >= 2 && (first === "'" || first === '"') && text.endsWith(first)) {
    text = text.slice(1, -1).trim();
  }
  return text;
}
