import type { LockManagerLike } from '../../src/share/sharePlatform.ts';

interface Waiter {
  callback: (lock: unknown) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * An in-memory stand-in for `navigator.locks` (exclusive mode, `ifAvailable`, `signal`), for unit
 * tests of the protocol between tabs in Node, which has no Web Locks. The Chromium tests use the
 * browser's real ones. A lock is held until its callback's promise settles, then the next waiter
 * in line is granted it, as the Web Locks API specifies.
 */
export function createFakeLocks(): LockManagerLike & { holders(): string[] } {
  const held = new Set<string>();
  const queues = new Map<string, Waiter[]>();
  const grant = (name: string, waiter: Waiter) => {
    held.add(name);
    Promise.resolve()
      .then(() => waiter.callback({ name, mode: 'exclusive' }))
      .then(waiter.resolve, waiter.reject)
      .finally(() => {
        held.delete(name);
        const next = queues.get(name)?.shift();
        if (next) grant(name, next);
      });
  };
  return {
    holders: () => [...held],
    request(name, options, callback) {
      return new Promise((resolve, reject) => {
        const waiter: Waiter = { callback, resolve, reject };
        if (!held.has(name)) return grant(name, waiter);
        if (options.ifAvailable) {
          Promise.resolve()
            .then(() => callback(null))
            .then(resolve, reject);
          return;
        }
        const queue = queues.get(name) ?? [];
        queue.push(waiter);
        queues.set(name, queue);
        options.signal?.addEventListener('abort', () => {
          const index = queue.indexOf(waiter);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    },
  };
}
