import type { SessionTimers } from '../shared/sessionTimers.ts';
import { CentrifugoCallError, timeoutError } from './CentrifugoCallError.ts';

/** What `ready` watches: a subscription handle, or a session that mirrors its status (share). */
interface Watched<Status extends { state: string }> {
  readonly state: string;
  once(type: 'status', listener: (status: Status) => void): () => void;
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

/** What a wait for a state makes of one state: `ready`, `failed`, or `undefined` (keep waiting). */
export type ReadyCheck = (state: string) => 'ready' | 'failed' | undefined;

/** centrifuge-js's `subscriptionUnsubscribed` (7): the subscription is not going to subscribe. */
const unsubscribedError = () =>
  new CentrifugoCallError(7, 'subscription unsubscribed: call subscribe() first', false, 'closed');

/** A handle's goal: `subscribed`; `unsubscribed` will not get there. */
const subscribedCheck: ReadyCheck = (state) =>
  state === 'subscribed' ? 'ready' : state === 'unsubscribed' ? 'failed' : undefined;

/**
 * The one `ready(timeout)` wait: resolves when `check` says `ready` of the current state or of a
 * later `status` event; rejects with `failure()` when it says `failed` or the session stops, with
 * code 1 after `timeout` ms on the session's clock (0 or absent: no limit).
 */
export function waitForState<Status extends { state: string }>(
  watched: Watched<Status>,
  session: ReadyDeps,
  timeout: number,
  check: ReadyCheck,
  failure: () => CentrifugoCallError,
): Promise<void> {
  const now = check(watched.state) ?? (session.stopped() ? 'failed' : undefined);
  if (now === 'ready') return Promise.resolve();
  if (now === 'failed') return Promise.reject(failure());
  const { timers } = session;
  return new Promise((resolve, reject) => {
    let timer: unknown;
    let stop = () => {};
    const unwatchSession = session.onStop(() => settle(failure()));
    const settle = (error?: CentrifugoCallError) => {
      timers.clearTimeout(timer);
      stop();
      unwatchSession();
      if (error) reject(error);
      else resolve();
    };
    const watch = () => {
      stop = watched.once('status', (status) => {
        const result = check(status.state);
        if (result === 'ready') settle();
        else if (result === 'failed') settle(failure());
        else watch();
      });
    };
    watch();
    if (timeout > 0 && Number.isFinite(timeout))
      timer = timers.setTimeout(() => settle(timeoutError()), timeout);
  });
}

/**
 * A handle's `ready(timeout)`: resolves when it is `subscribed`; rejects with code 7 when it is or
 * becomes `unsubscribed` (or the session stops), with code 1 after `timeout` ms on the session's
 * clock (0 or absent: no limit).
 */
export function waitUntilReady(
  handle: Watched<{ state: string }>,
  session: ReadyDeps,
  timeout = 0,
): Promise<void> {
  return waitForState(handle, session, timeout, subscribedCheck, unsubscribedError);
}
