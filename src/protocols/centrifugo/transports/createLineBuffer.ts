/** Cuts newline-delimited text out of a byte stream, bounded. */
export interface LineBuffer {
  /**
   * Adds a chunk and calls `onLine` with each complete non-blank line, in order. Returns an error
   * text (and delivers nothing more) when a line grows beyond the limit.
   */
  push(chunk: Uint8Array, onLine: (line: string) => void): string | undefined;
}

const NEWLINE = 0x0a;

/**
 * A {@link LineBuffer} that refuses a line longer than `maxLineBytes` as soon as the bytes are in,
 * before joining or parsing it: a server that never ends its line cannot grow the buffer without
 * bound. A UTF-8 character split across chunks is kept whole (streaming decoder).
 */
export function createLineBuffer(maxLineBytes: number): LineBuffer {
  const decoder = new TextDecoder();
  let parts: string[] = [];
  let pendingBytes = 0;
  return {
    push(chunk, onLine) {
      const last = chunk.lastIndexOf(NEWLINE);
      const tail = last === -1 ? pendingBytes + chunk.length : chunk.length - last - 1;
      // Bytes of the lines this chunk completes (the first joins what is pending).
      const firstEnd = chunk.indexOf(NEWLINE);
      if (firstEnd !== -1 && pendingBytes + firstEnd > maxLineBytes) return tooLong(maxLineBytes);
      if (tail > maxLineBytes) return tooLong(maxLineBytes);
      pendingBytes = tail;
      const text = decoder.decode(chunk, { stream: true });
      let start = 0;
      let end = text.indexOf('\n');
      while (end !== -1) {
        parts.push(text.substring(start, end));
        const line = parts.join('');
        parts = [];
        start = end + 1;
        if (line.length > maxLineBytes) return tooLong(maxLineBytes);
        if (line.trim() !== '') onLine(line);
        end = text.indexOf('\n', start);
      }
      if (start < text.length) parts.push(text.substring(start));
      return undefined;
    },
  };
}

const tooLong = (max: number) => `stream line exceeds ${max} bytes`;
