import { NatsError } from './natsError.ts';

/**
 * Publishes made while the session is `connecting` or `reconnecting`, kept as encoded PUB/HPUB
 * frames up to `limit` bytes and written in order once the connection is back (nats.js keeps its
 * outbound buffer across a reconnect; the Go client bounds it with `ReconnectBufSize`).
 */
export class ReconnectBuffer {
  private frames: Uint8Array[] = [];
  private size = 0;

  constructor(readonly limit: number) {}

  /** Bytes held. */
  get bytes(): number {
    return this.size;
  }

  /**
   * Keeps `frame`. Throws `NatsError` `reconnect-buffer-full` when it would pass the limit: the
   * app learns at once that this message is not sent (it is not kept; the ones before it are).
   */
  add(frame: Uint8Array): void {
    if (this.size + frame.length > this.limit) {
      throw new NatsError(
        'reconnect-buffer-full',
        `Not connected and the reconnect buffer is full: ${this.size} of ${this.limit} bytes held, this message needs ${frame.length}; it was not sent.`,
      );
    }
    this.frames.push(frame);
    this.size += frame.length;
  }

  /** Hands everything held to `write` as one buffer and empties it. */
  flush(write: (bytes: Uint8Array) => boolean): void {
    if (this.size === 0) return;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const frame of this.frames) {
      out.set(frame, at);
      at += frame.length;
    }
    this.clear();
    write(out);
  }

  /** Drops everything held (`disconnect()`, `stop()`, or the session closed). */
  clear(): void {
    this.frames = [];
    this.size = 0;
  }
}
