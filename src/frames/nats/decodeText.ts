const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Decodes `bytes[start, end)` as UTF-8. Short ASCII runs (subjects, sids, reply inboxes) skip
 * TextDecoder, whose per-call cost dominates for strings this small.
 */
export function decodeText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) {
    let text = '';
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      if (c >= 0x80) return utf8.decode(bytes.subarray(start, end));
      text += String.fromCharCode(c);
    }
    return text;
  }
  return utf8.decode(bytes.subarray(start, end));
}
