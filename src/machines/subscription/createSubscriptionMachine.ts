import type { CallbackActorLogic } from 'xstate';
import type { SubscriptionDriverCommand } from './subscription.types.ts';
import { subscriptionMachine } from './subscriptionMachine.ts';

/** The logic of a subscription driver: receives {@link SubscriptionDriverCommand}s; input `{ channel }`. */
export type SubscriptionDriverLogic = CallbackActorLogic<SubscriptionDriverCommand, { channel: string }>;

/**
 * The subscription machine with a protocol's driver plugged in; same as
 * `subscriptionMachine.provide({ actors: { driver } })`.
 */
export function createSubscriptionMachine(driver?: SubscriptionDriverLogic) {
  return driver ? subscriptionMachine.provide({ actors: { driver } }) : subscriptionMachine;
}
