import { useMemo, useSyncExternalStore } from 'react';
import type { ConnectionStatus } from '../machines/connection/connection.selectors.ts';
import { sameSnapshot } from './sameSnapshot.ts';

/**
 * What the status hooks read: any session of this package (Centrifugo, NATS, shared or not) has
 * `status` and a `status` event.
 */
export interface StatusSource<Status extends ConnectionStatus = ConnectionStatus> {
  readonly status: Status;
  // NoInfer: the status type comes from `status`; a session's generic `on` would widen it.
  on(type: 'status', listener: (status: NoInfer<Status>) => void): () => void;
}

/** A store for `useSyncExternalStore`: the same object back until the status really changes. */
function statusStore<Status extends ConnectionStatus>(session: StatusSource<Status>) {
  let current = session.status;
  const read = () => {
    const next = session.status;
    if (!sameSnapshot(current, next)) current = next;
    return current;
  };
  return {
    subscribe: (onChange: () => void) => session.on('status', onChange),
    read,
  };
}

/**
 * The session's status (state, attempt, `nextRetryAt`, last code and reason, rule, `terminal`,
 * `canRetryNow`, and `role` for a shared session), re-rendering on every change. Built on
 * `useSyncExternalStore`, so it is safe with concurrent rendering and server rendering.
 *
 * @example
 * ```tsx
 * const status = useSessionStatus(session)
 * return <span data-state={status.state}>{status.state}</span>
 * ```
 */
export function useSessionStatus<Status extends ConnectionStatus>(session: StatusSource<Status>): Status {
  const store = useMemo(() => statusStore(session), [session]);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}
