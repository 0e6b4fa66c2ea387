import type { ActorRefFrom } from 'xstate';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import type { SessionTimers } from './sessionTimers.ts';

/** How a wait for the connection ended. */
export type ConnectedWait = 'ready' | 'closed' | 'timeout' | 'aborted';

/** Options of {@link whenConnected}. */
export interface WhenConnectedOptions {
  /** Send `connect` when the session is `idle` (Celeriant connects on demand); otherwise idle ends the wait as 'closed'. */
  connectIfIdle?: boolean;
  /** Give up after this many ms ('timeout'); needs `timers`. 0 or absent = wait as long as it takes. */
  timeout?: number;
  /** The session's timers (its injected clock). */
  timers?: SessionTimers;
  /** An aborted signal ends the wait as 'aborted'. */
  signal?: AbortSignal;
  /** True once the session is shutting down: the wait ends as 'closed'. */
  closing?: () => boolean;
}

/**
 * Resolves 'ready' once the connection machine is `connected`, or 'closed' when it is `closed`,
 * stopped or shutting down (and `idle`, unless `connectIfIdle`). The one place sessions wait for a
 * connection (Centrifugo calls, Celeriant requests and watches).
 */
export function whenConnected(
  actor: ActorRefFrom<typeof connectionMachine>,
  options: WhenConnectedOptions = {},
): Promise<ConnectedWait> {
  const { signal, timers, timeout = 0 } = options;
  return new Promise((resolve) => {
    let subscription: { unsubscribe(): void } | undefined;
    let timer: unknown;
    const finish = (result: ConnectedWait) => {
      subscription?.unsubscribe();
      timers?.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish('aborted');
    const settled = (): ConnectedWait | undefined => {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== 'active' || options.closing?.() || snapshot.matches('closed')) return 'closed';
      if (snapshot.matches('connected')) return 'ready';
      if (!snapshot.matches('idle')) return undefined;
      if (!options.connectIfIdle) return 'closed';
      actor.send({ type: 'connect' });
      return undefined;
    };
    const check = (): boolean => {
      const result = settled();
      if (result !== undefined) finish(result);
      return result !== undefined;
    };
    if (signal?.aborted) return finish('aborted');
    if (check()) return;
    signal?.addEventListener('abort', onAbort);
    if (timers && timeout > 0) timer = timers.setTimeout(() => finish('timeout'), timeout);
    subscription = actor.subscribe({
      next: () => void check(),
      error: () => finish('closed'),
      complete: () => finish('closed'),
    });
  });
}
