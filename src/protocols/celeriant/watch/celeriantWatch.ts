import { type Actor, createActor } from 'xstate';
import type { Verdict } from '../../../codes/types.ts';
import { createSubscriptionMachine } from '../../../machines/subscription/createSubscriptionMachine.ts';
import {
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from '../../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionState } from '../../../machines/subscription/subscription.types.ts';
import type { subscriptionMachine } from '../../../machines/subscription/subscriptionMachine.ts';
import type { SessionCore } from '../sessionCore.ts';
import { CeleriantWatchError } from './celeriantWatchError.ts';
import type { CeleriantWatchFilter, CeleriantWatchHandlers } from './celeriantWatchTypes.ts';
import { createWatchDriver } from './watchDriver.ts';

/** A live watch: a subscription machine whose driver holds the watch sockets. */
export interface CeleriantWatch {
  /** `unsubscribed` | `subscribing` | `subscribed`. */
  readonly state: SubscriptionState;
  /** The UI model: attempt, next retry, last code and rule. */
  readonly status: SubscriptionStatus;
  /** The subscription actor (for inspectors and @xstate/react). */
  readonly actor: Actor<typeof subscriptionMachine>;
  /** Closes the watch sockets and stops. */
  close(): void;
}

/**
 * Opens a watch (spec §3). The watch does not follow the session's leader connection: a watch
 * runs on any node (spec §3.2 "NotLeader: no state change for watch"), so leader redirects of
 * writes never churn it. It dials the node the session currently talks to.
 */
export function openCeleriantWatch(
  core: SessionCore,
  filter: CeleriantWatchFilter,
  handlers: CeleriantWatchHandlers,
): CeleriantWatch {
  let lost: Verdict | null = null;
  let subscribedOnce = false;
  let closedByApp = false;
  const driver = createWatchDriver(core, filter, handlers, {
    onAcked: (shards) => {
      handlers.onResync?.({
        reason: subscribedOnce ? 'resubscribed' : 'subscribed',
        cause: actor.getSnapshot().context.lastVerdict,
        shards,
      });
      subscribedOnce = true;
    },
    onLost: (verdict) => {
      lost = verdict;
    },
  });
  const actor = createActor(createSubscriptionMachine(driver), {
    input: {
      channel: 'celeriant-watch',
      connected: true,
      ...(core.options.watchBackoff === undefined ? {} : { backoff: core.options.watchBackoff }),
      ...(core.options.random === undefined ? {} : { random: core.options.random }),
    },
    ...(core.options.inspect === undefined ? {} : { inspect: core.options.inspect }),
    ...(core.options.clock === undefined ? {} : { clock: core.options.clock }),
  });
  actor.subscribe((snapshot) => {
    if (closedByApp || !snapshot.matches('unsubscribed') || lost === null) return;
    const verdict: Verdict = lost;
    lost = null;
    handlers.onEnd?.(
      new CeleriantWatchError(`The Celeriant watch ended: ${verdict.entry?.name ?? verdict.rule}.`, verdict),
    );
  });
  actor.start();
  actor.send({ type: 'subscribe' });
  return {
    get state() {
      return selectSubscriptionStatus(actor.getSnapshot()).state;
    },
    get status() {
      return selectSubscriptionStatus(actor.getSnapshot());
    },
    actor,
    close() {
      closedByApp = true;
      actor.send({ type: 'unsubscribe' });
      actor.stop();
    },
  };
}
