import type { SessionCore } from './sessionCore.ts';

/**
 * Resolves when the session's connection machine is `connected` ('ready'), or when it is
 * `closed` / stopped ('closed'). An `idle` session is connected on demand, so the first call
 * of `write()` connects. Abortable: an aborted wait resolves 'aborted'.
 */
export function whenConnected(
  core: SessionCore,
  signal: AbortSignal,
  closing: () => boolean,
): Promise<'ready' | 'closed' | 'aborted'> {
  return new Promise((resolve) => {
    let subscription: { unsubscribe(): void } | undefined;
    const finish = (result: 'ready' | 'closed' | 'aborted') => {
      subscription?.unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () => finish('aborted');
    const settled = (): 'ready' | 'closed' | undefined => {
      const snapshot = core.connection.getSnapshot();
      if (snapshot.status !== 'active' || closing() || snapshot.matches('closed')) return 'closed';
      if (snapshot.matches('connected')) return 'ready';
      if (snapshot.matches('idle')) core.connection.send({ type: 'connect' });
      return undefined;
    };
    const check = (): boolean => {
      const result = settled();
      if (result !== undefined) finish(result);
      return result !== undefined;
    };
    if (signal.aborted) return finish('aborted');
    if (check()) return;
    signal.addEventListener('abort', onAbort);
    subscription = core.connection.subscribe({ next: () => void check(), error: () => finish('closed') });
  });
}
