import type { ReadableStreamConstructor } from './CentrifugoTransport.ts';

/** Reads a body chunk by chunk. */
export interface ChunkReader {
  /** The next chunk; `done` once the body ended. */
  read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
  /** Stops reading and releases the body (never throws). */
  cancel(): void;
}

/**
 * A reader for a fetch response body: a web stream's own reader, or (a fetch polyfill that gives a
 * Node stream or another async iterable) one made with `ReadableStream.from`. Undefined when the
 * body cannot be read as a stream.
 */
export function readBody(
  body: unknown,
  injected: ReadableStreamConstructor | undefined,
): ChunkReader | undefined {
  const Stream = injected ?? (globalThis as { ReadableStream?: ReadableStreamConstructor }).ReadableStream;
  let stream = body as ReadableStream<Uint8Array> | null | undefined;
  if (stream && typeof stream.getReader !== 'function') {
    const iterable = body as AsyncIterable<Uint8Array>;
    if (typeof iterable[Symbol.asyncIterator] !== 'function' || typeof Stream?.from !== 'function')
      return undefined;
    stream = Stream.from(iterable);
  }
  if (!stream) return undefined;
  const reader = stream.getReader();
  return {
    read: () => reader.read(),
    cancel: () => void reader.cancel().catch(() => {}),
  };
}
