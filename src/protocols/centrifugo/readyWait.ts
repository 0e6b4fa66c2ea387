import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import { CentrifugoCallError, timeoutError } from './CentrifugoCallError.ts';

/** What `ready` needs of a subscription handle. */
interface Watched {
  readonly state: string;
  once(type: 'status', listener: (status: SubscriptionStatus) => void): () => void;
}

/** What `ready` needs of the session. */
export interface ReadyDeps {
  /** The session's timers (its clock). */
  readonly timers: SessionTimers;
  /** Whether `stop()` ran. */
  stopped(): boolean;
  /** Calls `listener` when the session stops; returns the function that stops listening. */
  onStop(listener: () => void): () => void;
}

/** centrifuge-js's `subscriptionUnsubscribed` (7): the subscription is not going to subscribe. */
const unsubscribedError = () =>
  new CentrifugoCallError(7, 'subscription unsubscribed: call subscribe() first', false, 'closed');

/**
 * Resolves when the handle is `subscribed`; rejects with code 7 when it is or becomes
 * `unsubscribed`, with code 1 after `timeout` ms on the session's clock (0 or absent: no limit).
 */
export function waitUntilReady(handle: Watched, session: ReadyDeps, timeout = 0): Promise<void> {
  if (handle.state === 'subscribed') return Promise.resolve();
  if (handle.state === 'unsubscribed' || session.stopped()) return Promise.reject(unsubscribedError());
  const { timers } = session;
  return new Promise((resolve, reject) => {
    let timer: unknown;
    let stop = () => {};
    const unwatchSession = session.onStop(() => settle(unsubscribedError()));
    const settle = (error?: CentrifugoCallError) => {
      timers.clearTimeout(timer);
      stop();
      unwatchSession();
      if (error) reject(error);
      else resolve();
    };
    const watch = () => {
      stop = handle.once('status', (status) => {
        if (status.state === 'subscribed') settle();
        else if (status.state === 'unsubscribed') settle(unsubscribedError());
        else watch();
      });
    };
    watch();
    if (timeout > 0 && Number.isFinite(timeout))
      timer = timers.setTimeout(() => settle(timeoutError()), timeout);
  });
}
