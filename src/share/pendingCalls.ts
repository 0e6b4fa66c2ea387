import type { SessionTimers } from '../protocols/shared/sessionTimers.ts';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: unknown;
}

/** The calls a tab forwarded to the leader and still waits for. */
export interface PendingCalls {
  /** Registers a call; `onTimeout` makes the error after `timeoutMs` (0: no limit). */
  start(onTimeout: () => Error): { id: number; promise: Promise<unknown> };
  /** Settles call `id` (an unknown id, e.g. a late answer, is ignored). */
  settle(id: number, outcome: { ok: true; value: unknown } | { ok: false; error: Error }): void;
  /** Rejects every waiting call (the leader went away, or the session stopped). */
  failAll(error: () => Error): void;
}

/** Creates the table of forwarded calls on `timers`. */
export function createPendingCalls(timers: SessionTimers, timeoutMs: number): PendingCalls {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const finish = (id: number) => {
    const call = pending.get(id);
    if (!call) return undefined;
    pending.delete(id);
    timers.clearTimeout(call.timer);
    return call;
  };
  return {
    start(onTimeout) {
      const id = nextId++;
      const promise = new Promise<unknown>((resolve, reject) => {
        const timer =
          timeoutMs > 0 ? timers.setTimeout(() => finish(id)?.reject(onTimeout()), timeoutMs) : undefined;
        pending.set(id, { resolve, reject, timer });
      });
      return { id, promise };
    },
    settle(id, outcome) {
      const call = finish(id);
      if (!call) return;
      if (outcome.ok) call.resolve(outcome.value);
      else call.reject(outcome.error);
    },
    failAll(error) {
      for (const id of [...pending.keys()]) finish(id)?.reject(error());
    },
  };
}
