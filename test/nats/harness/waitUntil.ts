/** Polls `predicate` every 10 ms until it is true; rejects after `timeoutMs` with `what` in the message. */
export async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Collects the values an `on(type, cb)` source emits. */
export function collect<T>(on: (listener: (value: T) => void) => unknown): T[] {
  const values: T[] = [];
  on((value) => values.push(value));
  return values;
}
