import type { CeleriantFrameError } from './celeriantFrameError.ts';
import { checkHeader, type FrameHeader, HEADER_SIZE, readHeader } from './header.ts';
import { concatBytes } from './msgpackCodec.ts';

/** One whole frame cut from the byte stream: its checked header and its body bytes. */
export interface RawFrame {
  header: FrameHeader;
  body: Uint8Array;
}

/** What one `push` yields: the frames completed by the chunk, and an error once the stream broke. */
export interface SplitResult {
  frames: RawFrame[];
  error?: CeleriantFrameError;
}

/**
 * Cuts a TCP byte stream into frames. Each header is checked (version, compression, size limit)
 * as soon as its 17 bytes are in, before any of its body is buffered, so a lying length cannot
 * make the client allocate. After an error the stream cannot be resynchronised: every later
 * push returns the same error and the owner must drop the connection (as the server does, §1.9).
 */
export class FrameSplitter {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private header: FrameHeader | undefined;
  private failure: CeleriantFrameError | undefined;

  /** @param maxBodySize - largest body accepted, in bytes. */
  constructor(private readonly maxBodySize: number) {}

  /** Bytes received but not yet part of a whole frame (non-zero at EOF = truncated frame). */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** Feeds one chunk; returns every frame it completes. */
  push(chunk: Uint8Array): SplitResult {
    if (this.failure) return { frames: [], error: this.failure };
    if (chunk.byteLength > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.byteLength;
    }
    const frames: RawFrame[] = [];
    for (;;) {
      if (this.header === undefined) {
        if (this.buffered < HEADER_SIZE) return { frames };
        const header = readHeader(this.take(HEADER_SIZE));
        const checked = checkHeader(header, this.maxBodySize);
        if (!checked.ok) {
          this.failure = checked.error;
          this.chunks = [];
          this.buffered = 0;
          return { frames, error: checked.error };
        }
        this.header = header;
      }
      if (this.buffered < this.header.compressedLength) return { frames };
      frames.push({ header: this.header, body: this.take(this.header.compressedLength) });
      this.header = undefined;
    }
  }

  private take(length: number): Uint8Array {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Uint8Array) : concatBytes(this.chunks);
    const out = all.slice(0, length);
    const rest = all.subarray(length);
    this.chunks = rest.byteLength > 0 ? [rest] : [];
    this.buffered = rest.byteLength;
    return out;
  }
}
