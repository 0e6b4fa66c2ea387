/**
 * Most UTF-8 bytes a WebSocket close reason may take: a close frame's payload is at most 125
 * bytes (RFC 6455 §5.5) and the status code takes 2. Browsers throw a `SyntaxError` and `ws` a
 * `RangeError` for a longer reason.
 */
export const MAX_CLOSE_REASON_BYTES = 123;

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD: 3 bytes). */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Cuts a close reason to at most `maxBytes` UTF-8 bytes without splitting a character. Reasons
 * often carry a server's message (a localized proxy error of 62 Cyrillic or 42 CJK characters is
 * already too long), so every close reason goes through here.
 *
 * @example
 * ```ts
 * cutCloseReason('ошибка'.repeat(30)) // the first 61 characters (122 bytes)
 * ```
 */
export function cutCloseReason(reason: string, maxBytes = MAX_CLOSE_REASON_BYTES): string {
  // Fast path: even at 3 bytes per UTF-16 unit the reason fits (4-byte characters take 2 units).
  if (reason.length * 3 <= maxBytes) return reason;
  let bytes = 0;
  let end = 0;
  for (const char of reason) {
    bytes += utf8Length(char.codePointAt(0) as number);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return reason.slice(0, end);
}
