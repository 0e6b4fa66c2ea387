import type { SessionTimers } from '../shared/sessionTimers.ts';

/** What the keepalive needs from the connection. */
export interface KeepaliveIo {
  /** Writes a PING; `onPong` runs when its PONG arrives. */
  ping(onPong: () => void): void;
  /** `outstanding` PINGs went unanswered: the connection is stale. */
  stale(outstanding: number): void;
  /** Every tick, before the stale check, with the PINGs outstanding counting this one (nats.js `ping` status). */
  tick?(pendingPings: number): void;
}

/**
 * The nats.js keepalive (spec §3): a PING every `interval`; at a tick with `maxOut` PINGs still
 * unanswered the connection is stale, so detection takes (maxOut + 1) intervals. Returns the
 * function that stops it. `interval <= 0` turns it off.
 */
export function startKeepalive(
  clock: SessionTimers,
  interval: number,
  maxOut: number,
  io: KeepaliveIo,
): () => void {
  if (interval <= 0) return () => {};
  let outstanding = 0;
  let stopped = false;
  let timer: unknown;
  const tick = () => {
    if (stopped) return;
    io.tick?.(outstanding + 1);
    if (outstanding >= maxOut) {
      stopped = true;
      io.stale(outstanding);
      return;
    }
    outstanding++;
    io.ping(() => {
      outstanding = Math.max(0, outstanding - 1);
    });
    timer = clock.setTimeout(tick, interval);
  };
  timer = clock.setTimeout(tick, interval);
  return () => {
    stopped = true;
    clock.clearTimeout(timer);
  };
}
