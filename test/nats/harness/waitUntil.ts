/**
 * Dial (handshake) timeout for scenarios that want a short one, e.g. so that a dial to a paused
 * server gives up soon. Not shorter: a loaded two-core machine can take a second to complete a
 * loopback handshake, and a first dial that times out fails the test before the scenario starts.
 */
export const DIAL_TIMEOUT = 2000;

/**
 * Polls `predicate` every 10 ms until it is true; rejects after `timeoutMs` with `what` in the
 * message. The default is generous because it only costs time when a test fails: on a loaded
 * machine a reconnect that takes 100 ms when idle can take seconds.
 */
export async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
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
