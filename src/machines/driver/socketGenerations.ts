import type { Verdict } from '../../codes/types.ts';
import type { ConnectionDriverEvent, SocketEnd } from './driver.types.ts';
import { endsConnection } from './endsConnection.ts';

/**
 * The generation guard of one driver (driver.types.ts, rules 2–4). Every `driver.open` starts a
 * generation; callbacks carry the generation of their socket and act only while it is current.
 */
export interface SocketGenerations {
  /** The generation of the newest socket (0 before the first open). */
  readonly current: number;
  /** Starts a socket on `driver.open` and returns its generation; every older one goes stale. */
  open(): number;
  /** Whether callbacks of socket `gen` may still act: it is the newest and its end is not reported. */
  isCurrent(gen: number): boolean;
  /**
   * Reports the end of socket `gen`, once: later ends, and ends of stale sockets, are dropped
   * (returns false). An `ignore`-like verdict goes out as `transport.error` (rule 3).
   */
  end(gen: number, end: SocketEnd): boolean;
  /**
   * Reports a verdict about socket `gen`: one the machine ends the socket for counts as its end
   * (see `end`); any other is passed on and the socket stays usable. False when `gen` is stale.
   */
  report(gen: number, verdict: Verdict): boolean;
  /**
   * On `driver.close` or when the driver stops: every generation goes stale. True when a socket
   * was opened since the last close (release it now), false when there is nothing to release.
   */
  close(): boolean;
}

/**
 * Builds a {@link SocketGenerations} that reports through `send` (usually the driver's `sendBack`).
 * @example
 * const gens = createSocketGenerations(sendBack);
 * const gen = gens.open();
 * socket.onclose = (e) => gens.end(gen, { type: 'server.verdict', verdict: classify(...) });
 * // on driver.close:
 * if (gens.close()) socket.close();
 */
export function createSocketGenerations(send: (event: ConnectionDriverEvent) => void): SocketGenerations {
  let current = 0;
  let ended = true;
  let opened = false;
  const isCurrent = (gen: number) => gen === current && !ended;
  const end = (gen: number, event: SocketEnd): boolean => {
    if (!isCurrent(gen)) return false;
    ended = true;
    if (event.type === 'server.verdict' && !endsConnection(event.verdict)) {
      send({ type: 'transport.error', reason: event.verdict.reason ?? event.verdict.rule });
    } else send(event);
    return true;
  };
  return {
    get current() {
      return current;
    },
    open() {
      current++;
      ended = false;
      opened = true;
      return current;
    },
    isCurrent,
    end,
    report(gen, verdict) {
      if (endsConnection(verdict)) return end(gen, { type: 'server.verdict', verdict });
      if (!isCurrent(gen)) return false;
      send({ type: 'server.verdict', verdict });
      return true;
    },
    close() {
      const release = opened;
      opened = false;
      current++;
      ended = true;
      return release;
    },
  };
}
