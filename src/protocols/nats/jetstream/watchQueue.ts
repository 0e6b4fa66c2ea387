/** A queue that listeners and async iterators read from; ends once. */
export interface WatchQueue<T> {
  push(item: T): void;
  end(): void;
  listen(listener: (item: T) => void): () => void;
  iterator(): AsyncIterator<T>;
}

/** Creates a {@link WatchQueue}. Items arriving with no iterator waiting are buffered per iterator. */
export function createWatchQueue<T>(): WatchQueue<T> {
  const listeners = new Set<(item: T) => void>();
  const readers = new Set<{ buffer: T[]; wake: (() => void) | undefined }>();
  let ended = false;
  return {
    push(item) {
      if (ended) return;
      for (const listener of listeners) listener(item);
      for (const reader of readers) {
        reader.buffer.push(item);
        reader.wake?.();
      }
    },
    end() {
      ended = true;
      for (const reader of readers) reader.wake?.();
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    iterator() {
      const reader = { buffer: [] as T[], wake: undefined as (() => void) | undefined };
      readers.add(reader);
      const done = (): IteratorResult<T> => {
        readers.delete(reader);
        return { done: true, value: undefined };
      };
      return {
        async next() {
          while (reader.buffer.length === 0 && !ended) {
            await new Promise<void>((resolve) => {
              reader.wake = resolve;
            });
            reader.wake = undefined;
          }
          const item = reader.buffer.shift();
          return item === undefined ? done() : { done: false, value: item };
        },
        async return() {
          return done();
        },
      };
    },
  };
}
