import type { LockManagerLike } from './sharePlatform.ts';

/** The lock a tab holds for as long as it lives (the browser frees it when the tab dies). */
const tabLockName = (name: string, tabId: string) => `${name}:tab:${tabId}`;

/**
 * Holds this tab's presence lock until `release()`. Taken before the tab says hello, so a leader
 * that asks for it afterwards queues behind it.
 */
export function holdTabPresence(locks: LockManagerLike, name: string, tabId: string): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks.request(tabLockName(name, tabId), {}, () => held).catch(() => {});
  return () => release();
}

/** A leader's watch over its followers (see {@link watchTabs}). */
export interface TabWatch {
  /** Starts watching `tabId` (once per tab). */
  watch(tabId: string): void;
  /** Stops every watch (the leader stepped down or stopped). */
  stop(): void;
}

/**
 * Tells the leader when a follower is gone, however it went (closed, crashed, discarded): the
 * leader queues for each follower's presence lock and is granted it when that tab no longer holds
 * it. A tab that says goodbye first is simply told twice (dropping a tab's channels is idempotent).
 */
export function watchTabs(locks: LockManagerLike, name: string, gone: (tabId: string) => void): TabWatch {
  const abort = new AbortController();
  const watched = new Set<string>();
  return {
    watch(tabId) {
      if (watched.has(tabId) || abort.signal.aborted) return;
      watched.add(tabId);
      locks
        .request(tabLockName(name, tabId), { signal: abort.signal }, () => {
          watched.delete(tabId);
          if (!abort.signal.aborted) gone(tabId);
        })
        .catch(() => {}); // AbortError when the watch stops
    },
    stop: () => abort.abort(),
  };
}
