import { type Actor, type ActorOptions, type AnyActorLogic, createActor, setup, stopChild } from 'xstate';
import { leanSubscriptionMachine } from '../../machines/subscription/subscription.machine.ts';
import type { SubscriptionInput } from '../../machines/subscription/subscription.types.ts';

/** One subscription's actor: the lean subscription machine (commands are emitted, no driver child). */
export type SubscriptionActor = Actor<typeof leanSubscriptionMachine>;

/** The root actor every subscription of a session belongs to. */
const hostMachine = /* @__PURE__ */ setup({
  types: { events: {} as { type: 'subscription.stop'; actor: SubscriptionActor } },
  actions: {
    // xstate lets only an actor's parent stop it, so the host does it for the session.
    stopSubscription: /* @__PURE__ */ stopChild(({ event }) => event.actor),
  },
}).createMachine({ id: 'subscriptions', on: { 'subscription.stop': { actions: 'stopSubscription' } } });

/** Starts and stops the subscription actors of one session. */
export interface SubscriptionHost {
  /** Creates (not starts) a subscription actor in the session's subscription system. */
  create(input: SubscriptionInput): SubscriptionActor;
  /** Stops one subscription actor (its timers are cancelled). */
  stop(actor: SubscriptionActor): void;
}

/**
 * Builds the {@link SubscriptionHost} of a session. Every subscription actor is created with the
 * host as `parent`, so all of them share one actor system (one clock, one inspector, one scheduler)
 * instead of carrying a system each: about 2 KB less per subscription. They are not spawned into
 * the host's snapshot either, because each spawn copies the children map (quadratic at 10,000).
 */
export function createSubscriptionHost(
  options: Pick<ActorOptions<AnyActorLogic>, 'clock' | 'inspect'>,
): SubscriptionHost {
  const host = createActor(hostMachine, options).start();
  return {
    create: (input) => createActor(leanSubscriptionMachine, { parent: host, input }),
    stop: (actor) => host.send({ type: 'subscription.stop', actor }),
  };
}
