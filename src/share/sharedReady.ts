import { type ReadyCheck, type ReadyDeps, waitForState } from '../protocols/centrifugo/readyWait.ts';
import { clientDisconnectedError } from '../protocols/centrifugo/sessionReady.ts';
import type { ShareCore, ShareCoreEvents } from './createShareCore.ts';

/** What a shared session's and its handles' `ready(timeout)` need of the core: clock and stop. */
export function shareReadyDeps<Events extends ShareCoreEvents>(core: ShareCore<Events>): ReadyDeps {
  return {
    timers: core.timers,
    stopped: () => core.stopped,
    onStop: (listener) => core.events.on('status', () => core.stopped && listener()),
  };
}

/**
 * A shared session's `ready(timeout)`, as an ordinary session's: resolves once the mirrored
 * (leader's) status is `connected`; rejects with code 3 when it is or becomes `idle`/`closed`,
 * code 1 after `timeout` ms. An idle mirror is not final while the leader has not yet answered
 * this tab, or this tab's `connect()` is on its way to it (see `ShareCore.awaitingLeader`).
 */
export function sharedSessionReady<Events extends ShareCoreEvents>(
  core: ShareCore<Events>,
  deps: ReadyDeps,
  timeout = 0,
): Promise<void> {
  const check: ReadyCheck = (state) =>
    state === 'connected'
      ? 'ready'
      : (state === 'idle' || state === 'closed') && !core.awaitingLeader()
        ? 'failed'
        : undefined;
  const watched = {
    get state() {
      return core.status().state;
    },
    once: (type: 'status', listener: (status: Events['status']) => void) => core.events.once(type, listener),
  };
  return waitForState(watched, deps, timeout, check, clientDisconnectedError);
}
