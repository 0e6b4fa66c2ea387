import type { LockManagerLike } from './sharePlatform.ts';

/** What the election tells its tab. */
export interface ElectionHandlers {
  /** Another tab holds the lock: this tab follows (called at most once, before any `onLeader`). */
  onFollower(): void;
  /** This tab holds the lock until `stop()` (or until the tab goes away: the browser frees it). */
  onLeader(): void;
}

/** One tab's place in the election; `stop()` gives the lock up or leaves the queue. */
export interface TabElection {
  stop(): void;
}

/**
 * Elects one leading tab with a Web Lock named `name`. The browser grants an exclusive lock to one
 * tab at a time and frees it when that tab closes, crashes or is discarded, so the next tab in the
 * queue is granted it without any heartbeat of ours. First tries without waiting (`ifAvailable`),
 * so a tab that cannot lead knows it at once and follows, then queues for the lock.
 */
export function electLeader(locks: LockManagerLike, name: string, handlers: ElectionHandlers): TabElection {
  let stopped = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const abort = new AbortController();
  const lead = async () => {
    if (stopped) return;
    handlers.onLeader();
    await held; // the lock is held until stop()
  };
  const queue = () =>
    // Rejects with an AbortError when stop() leaves the queue: nothing to report.
    locks.request(name, { signal: abort.signal }, lead).catch(() => {});
  locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (lock !== null) return lead();
      if (stopped) return;
      handlers.onFollower();
      void queue();
    })
    .catch(() => {});
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      abort.abort();
      release();
    },
  };
}
