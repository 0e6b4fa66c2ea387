import { setup, stopChild } from 'xstate';
import type { SubscriptionActor } from './subscriptionCell.ts';

/** The root actor of a session's subscription system (promoted actors are its children). */
export const subscriptionHostMachine = /* @__PURE__ */ setup({
  types: { events: {} as { type: 'subscription.stop'; actor: SubscriptionActor } },
  actions: {
    // xstate lets only an actor's parent stop it, so the host does it for the session.
    stopSubscription: /* @__PURE__ */ stopChild(({ event }) => event.actor),
  },
}).createMachine({ id: 'subscriptions', on: { 'subscription.stop': { actions: 'stopSubscription' } } });
