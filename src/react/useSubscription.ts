import { useMemo, useRef, useSyncExternalStore } from 'react';
import type { SubscriptionStatus } from '../machines/subscription/subscription.selectors.ts';
import { sameSnapshot } from './sameSnapshot.ts';

type Listen = (type: string, listener: (event: unknown) => void) => () => void;

/**
 * A subscription handle as the hook reads it: `status` and `on` (the events differ per protocol:
 * Centrifugo's `publication`, NATS's `message`; the hook listens to both).
 */
export interface SubscriptionSource {
  readonly status: SubscriptionStatus;
  on(type: never, listener: never): () => void;
}

/** A session the hook can subscribe through. */
export interface SubscribingSession<Handle extends SubscriptionSource, Options> {
  subscribe(channel: string, options?: Options): Handle;
  getSubscription?(channel: string): Handle | undefined;
  removeSubscription?(handle: Handle): void;
}

/** Options of {@link useSubscription}. */
export interface UseSubscriptionOptions<Options> {
  /** Passed to `session.subscribe` the first time (later renders reuse the handle). */
  subscribe?: Options;
  /** Remove the subscription when the component unmounts (default false: other components may share it). */
  unsubscribeOnUnmount?: boolean;
}

/** What {@link useSubscription} returns. */
export interface SubscriptionView<Handle> {
  /** The handle (undefined until the component subscribed). */
  subscription: Handle | undefined;
  /** The subscription's status. */
  status: SubscriptionStatus;
  /** The latest publication (Centrifugo) or message (NATS) since the component subscribed. */
  publication: unknown;
}

const unsubscribed = (channel: string): SubscriptionStatus => ({
  state: 'unsubscribed',
  phase: null,
  attempt: 0,
  nextRetryAt: null,
  lastCode: null,
  lastReason: null,
  rule: null,
  channel,
  terminal: true,
  canRetryNow: false,
  position: null,
  wasRecovering: false,
  recovered: false,
});

function subscriptionStore<Handle extends SubscriptionSource, Options>(
  session: SubscribingSession<Handle, Options>,
  channel: string,
  options: { current: UseSubscriptionOptions<Options> },
) {
  let handle = session.getSubscription?.(channel);
  let view: SubscriptionView<Handle> = {
    subscription: handle,
    status: handle?.status ?? unsubscribed(channel),
    publication: undefined,
  };
  const read = () => {
    if (handle && !sameSnapshot(view.status, handle.status)) view = { ...view, status: handle.status };
    return view;
  };
  const subscribe = (onChange: () => void) => {
    const current = session.subscribe(channel, options.current.subscribe);
    handle = current;
    view = { ...view, subscription: current };
    // A method of the handle (class-based handles need their `this`).
    const on: Listen = (type, listener) => (current as unknown as { on: Listen }).on(type, listener);
    const onPublication = (event: unknown) => {
      view = { ...view, publication: (event as { data?: unknown }).data ?? event };
      onChange();
    };
    const offs = [on('status', onChange), on('publication', onPublication), on('message', onPublication)];
    onChange();
    return () => {
      for (const off of offs) off();
      if (options.current.unsubscribeOnUnmount) session.removeSubscription?.(current);
    };
  };
  return { subscribe, read };
}

/**
 * Subscribes to `channel` while the component is mounted and returns its status and latest
 * publication. The same channel in several components shares one handle (sessions return the
 * existing one); it stays subscribed after unmount unless `unsubscribeOnUnmount` is set. Built on
 * `useSyncExternalStore`.
 *
 * @example
 * ```tsx
 * const { status, publication } = useSubscription(session, 'news')
 * return <p>{status.state}: {JSON.stringify(publication)}</p>
 * ```
 */
export function useSubscription<Handle extends SubscriptionSource, Options>(
  session: SubscribingSession<Handle, Options>,
  channel: string,
  options: UseSubscriptionOptions<Options> = {},
): SubscriptionView<Handle> {
  const latest = useRef(options);
  latest.current = options;
  const store = useMemo(() => subscriptionStore(session, channel, latest), [session, channel]);
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}
