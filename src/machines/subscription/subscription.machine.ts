import { subscriptionContext, subscriptionSetup } from './subscription.setup.ts';

/** Reactions to a subscription-scope verdict. `ignore` and other actions: no state change. */
const onVerdict = [
  { guard: 'isUnsubscribeVerdict', target: '#subscription.unsubscribed', actions: 'recordVerdict' },
  { guard: 'isResubscribeVerdict', target: '#subscription.subscribing.backoff', actions: 'recordVerdict' },
] as const;

/** The states of the subscription machine, shared by both variants. */
const states = {
  unsubscribed: {
    on: { subscribe: { target: 'subscribing', actions: 'resetAttempts' } },
  },
  subscribing: {
    initial: 'checking',
    states: {
      checking: { always: [{ guard: 'isConnectionUp', target: 'requesting' }, { target: 'waiting' }] },
      waiting: {
        on: { 'connection.up': { target: 'requesting', actions: 'markUp' } },
      },
      requesting: {
        entry: 'sendSubscribe',
        on: {
          'subscribe.ok': { target: '#subscription.subscribed', actions: 'acceptSubscription' },
          'server.verdict': [...onVerdict],
          // The in-flight subscribe died with the connection; send a new one when it is back.
          'connection.down': { target: 'waiting', actions: 'markDown' },
          unsubscribe: {
            target: '#subscription.unsubscribed',
            actions: ['recordUnsubscribeCall', 'sendUnsubscribe'],
          },
        },
      },
      backoff: {
        entry: 'scheduleResubscribe',
        after: { retryDelay: { target: 'checking', actions: 'endWait' } },
        on: { retryNow: { target: 'checking', actions: 'endWait' } },
      },
    },
    on: {
      unsubscribe: { target: 'unsubscribed', actions: 'recordUnsubscribeCall' },
    },
  },
  subscribed: {
    on: {
      'connection.down': { target: 'subscribing.waiting', actions: 'recordConnectionLoss' },
      'server.verdict': [...onVerdict],
      unsubscribe: { target: 'unsubscribed', actions: ['recordUnsubscribeCall', 'sendUnsubscribe'] },
    },
  },
} as const;

/** Builds the subscription machine, with or without an invoked `driver` child. */
function buildSubscriptionMachine(invokeDriver: boolean) {
  return subscriptionSetup.createMachine({
    id: 'subscription',
    context: ({ input }) => subscriptionContext(input, invokeDriver),
    ...(invokeDriver
      ? { invoke: { id: 'driver', src: 'driver', input: ({ context }) => ({ channel: context.channel }) } }
      : {}),
    initial: 'unsubscribed',
    on: {
      'connection.up': { actions: 'markUp' },
      'connection.down': { actions: 'markDown' },
      position: { actions: 'updatePosition' },
    },
    states,
  });
}

/**
 * One subscription: `unsubscribed` → `subscribing` → `subscribed`.
 *
 * The session spawns one actor per subscription and forwards the connection state as `connection.up`
 * / `connection.down`. A subscribe goes to the driver only while the connection is up, and never twice
 * in flight: `driver.subscribe` is issued on entering `subscribing.requesting` and nowhere else.
 * Commands go to the invoked `driver` child and are also emitted.
 */
export const subscriptionMachine = /* @__PURE__ */ buildSubscriptionMachine(true);

/**
 * The same machine without an invoked driver child: commands are only emitted
 * (`actor.on('driver.subscribe', ...)`). Less memory per subscription, for sessions that hold many
 * subscriptions and dispatch the commands themselves.
 */
export const leanSubscriptionMachine = /* @__PURE__ */ buildSubscriptionMachine(false);
