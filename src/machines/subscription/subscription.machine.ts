import { subscriptionContext, subscriptionSetup } from './subscription.setup.ts';

/** Reactions to a subscription-scope verdict. `ignore` and other actions: no state change. */
const onVerdict = [
  { guard: 'isUnsubscribeVerdict', target: '#subscription.unsubscribed', actions: 'recordVerdict' },
  { guard: 'isResubscribeVerdict', target: '#subscription.subscribing.backoff', actions: 'recordVerdict' },
] as const;

/**
 * Where a subscribe goes: to `requesting` while the connection is up, else to `waiting`. A guarded
 * pair on each transition rather than a transient state: one microstep per event instead of two
 * (a session runs this for every one of its subscriptions on each reconnect).
 */
const toSubscribe = <A extends 'resetAttempts' | 'endWait'>(actions: A) =>
  [
    { guard: 'isConnectionUp', target: '#subscription.subscribing.requesting', actions },
    { target: '#subscription.subscribing.waiting', actions },
  ] as const;

/**
 * `connection.up` where the machine still believes the connection up: the session reports a drop
 * and the reconnect together (a session may skip telling unobserved subscriptions about the drop
 * and send only the way back). It does what `connection.down` then `connection.up` would do.
 */
const reconnected = {
  target: '#subscription.subscribing.requesting',
  reenter: true,
  actions: ['recordConnectionLoss', 'markUp'],
} as const;

/** The states of the subscription machine, shared by both variants. */
const states = {
  unsubscribed: {
    on: { subscribe: toSubscribe('resetAttempts') },
  },
  subscribing: {
    initial: 'waiting',
    states: {
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
          // Dropped and back before the subscribe was answered: send it again.
          'connection.up': { target: 'requesting', reenter: true, actions: 'markUp' },
          unsubscribe: {
            target: '#subscription.unsubscribed',
            actions: ['recordUnsubscribeCall', 'sendUnsubscribe'],
          },
        },
      },
      backoff: {
        entry: 'scheduleResubscribe',
        after: { retryDelay: toSubscribe('endWait') },
        on: { retryNow: toSubscribe('endWait') },
      },
    },
    on: {
      unsubscribe: { target: 'unsubscribed', actions: 'recordUnsubscribeCall' },
    },
  },
  subscribed: {
    on: {
      'connection.down': { target: 'subscribing.waiting', actions: 'recordConnectionLoss' },
      'connection.up': reconnected,
      'server.verdict': [...onVerdict],
      unsubscribe: { target: 'unsubscribed', actions: ['recordUnsubscribeCall', 'sendUnsubscribe'] },
    },
  },
} as const;

/** Builds the subscription machine, with or without an invoked `driver` child. */
export function buildSubscriptionMachine(invokeDriver: boolean) {
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

/** The subscription chart without a driver child (see `leanSubscriptionMachine`). */
export type LeanSubscriptionMachine = ReturnType<typeof buildSubscriptionMachine>;

let lean: LeanSubscriptionMachine | undefined;

/**
 * The lean subscription chart, built on first use: sessions need it at their first subscription,
 * not when their module loads (each chart build is about a millisecond of a cold start).
 * `leanSubscriptionMachine` is the same object.
 */
export function leanSubscriptionChart(): LeanSubscriptionMachine {
  lean ??= buildSubscriptionMachine(false);
  return lean;
}
