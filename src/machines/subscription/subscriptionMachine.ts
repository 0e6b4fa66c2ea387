import { enqueueActions } from 'xstate';
import { buildSubscriptionMachine } from './subscription.machine.ts';
import { subscribeCommand, unsubscribeCommand } from './subscription.setup.ts';

/** The variant with an invoked `driver` child: commands are emitted and sent to the child. */
function buildDriverSubscriptionMachine() {
  return buildSubscriptionMachine(true).provide({
    // The lean variant keeps the setup's plain `emit`, which is cheaper to resolve (sessions run it
    // for every subscription on each reconnect).
    actions: {
      sendSubscribe: enqueueActions(({ context, enqueue }) => {
        enqueue.emit(subscribeCommand(context));
        enqueue.sendTo('driver', subscribeCommand(context));
      }),
      sendUnsubscribe: enqueueActions(({ context, enqueue }) => {
        enqueue.emit(unsubscribeCommand(context));
        enqueue.sendTo('driver', unsubscribeCommand(context));
      }),
    },
  });
}

/**
 * One subscription: `unsubscribed` → `subscribing` → `subscribed`.
 *
 * The session forwards the connection state as `connection.up` / `connection.down`. A subscribe
 * goes to the driver only while the connection is up, and never twice in flight: `driver.subscribe`
 * is issued on entering `subscribing.requesting` and nowhere else. Commands go to the invoked
 * `driver` child and are also emitted.
 *
 * In a file of its own (and out of the sessions' shared chunk, see rollup.config.mjs): sessions
 * run `leanSubscriptionMachine`, and building this one at import cost every session's cold start
 * two chart builds it never used.
 */
export const subscriptionMachine = /* @__PURE__ */ buildDriverSubscriptionMachine();
