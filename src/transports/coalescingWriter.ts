/** Bytes gathered before they go to the socket in one write: the size of a typical socket buffer. */
export const COALESCE_BYTES = 64 * 1024;

/** What {@link createCoalescingWriter} writes through: a socket's `write`. */
export type ChunkSink = (chunk: Uint8Array) => void;

/** Gathers small writes into one chunk per tick (see {@link createCoalescingWriter}). */
export interface CoalescingWriter {
  /** Copies `data` into the pending chunk, or writes it through when it is large. */
  write(data: Uint8Array): void;
  /** Writes the pending chunk now (no-op when empty). */
  flush(): void;
  /** Bytes copied but not yet handed to the sink. */
  readonly buffered: number;
  /** Forgets the pending chunk (the socket is gone) and stops the scheduled flush from writing. */
  discard(): void;
}

/**
 * Coalesces writes the way production clients do: commands of one tick are copied into one chunk,
 * handed to the sink on a microtask, or at once when the chunk fills up (`COALESCE_BYTES`), so a
 * loop of 200,000 PUBs costs a few dozen socket writes instead of one write request each (a
 * `socket.write` is ~1 µs of native work, most of a small publish). What is buffered here is at
 * most one chunk: the sink's own queue (the socket's `writableLength`) carries the back-pressure,
 * which the protocol bounds (NATS `maxPendingBytes`). A payload at least a chunk long goes to the
 * sink as it is, after what was gathered before it, so nothing is copied twice and order holds.
 */
export function createCoalescingWriter(sink: ChunkSink, chunkBytes = COALESCE_BYTES): CoalescingWriter {
  let chunk = new Uint8Array(chunkBytes);
  let used = 0;
  let scheduled = false;
  let live = true;

  const flush = (): void => {
    if (used === 0 || !live) return;
    // The sink may keep the chunk until the kernel takes it, so a new one is started, not reused.
    const full = chunk.subarray(0, used);
    chunk = new Uint8Array(chunkBytes);
    used = 0;
    sink(full);
  };
  const flushScheduled = (): void => {
    scheduled = false;
    flush();
  };

  return {
    write(data) {
      if (!live) return;
      if (used + data.length > chunkBytes) flush();
      if (data.length >= chunkBytes) {
        sink(data);
        return;
      }
      chunk.set(data, used);
      used += data.length;
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flushScheduled);
      }
    },
    flush,
    get buffered() {
      return used;
    },
    discard() {
      live = false;
      used = 0;
    },
  };
}
