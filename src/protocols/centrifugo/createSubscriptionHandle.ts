import { type ActorOptions, type AnyActorLogic, createActor } from 'xstate';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { subscriptionMachine } from '../../machines/subscription/subscription.machine.ts';
import { selectSubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoSubscription, CentrifugoSubscriptionEvents } from './CentrifugoSubscription.ts';
import type { ChannelRegistry } from './channelRegistry.ts';
import type { CentrifugoCalls } from './createCalls.ts';
import { createEmitter } from './createEmitter.ts';
import { createSubscriptionRecord } from './SubscriptionRecord.ts';

/** What a subscription handle needs from its session. */
export interface HandleDeps {
  /** The subscription machine with the Centrifugo driver plugged in. */
  machine: typeof subscriptionMachine;
  channels: ChannelRegistry;
  calls: CentrifugoCalls;
  /** Whether the connection is up right now. */
  connected: boolean;
  backoff: BackoffPolicy | undefined;
  random: (() => number) | undefined;
  actorOptions: Pick<ActorOptions<AnyActorLogic>, 'clock' | 'inspect'>;
}

/**
 * Registers `channel` with the driver, starts its subscription machine and returns the app's
 * handle. The driver reads `wantsSubscribe` to batch this subscribe with the next connect.
 */
export function createSubscriptionHandle(
  channel: string,
  options: CentrifugoSubscriptionOptions,
  deps: HandleDeps,
): CentrifugoSubscription {
  const emitter = createEmitter<CentrifugoSubscriptionEvents>();
  const record = createSubscriptionRecord(channel, options, emitter.emit);
  deps.channels.add(record);
  const actor = createActor(deps.machine, {
    ...deps.actorOptions,
    input: {
      channel,
      connected: deps.connected,
      ...(options.since ? { position: options.since } : {}),
      ...(deps.backoff ? { backoff: deps.backoff } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    },
  });
  record.wantsSubscribe = () => {
    const snapshot = actor.getSnapshot();
    return snapshot.matches({ subscribing: 'waiting' }) || snapshot.matches({ subscribing: 'requesting' });
  };
  actor.subscribe((snapshot) => emitter.emit('state', selectSubscriptionStatus(snapshot)));
  actor.start();
  const { calls } = deps;
  return {
    channel,
    get state() {
      return selectSubscriptionStatus(actor.getSnapshot()).state;
    },
    get status() {
      return selectSubscriptionStatus(actor.getSnapshot());
    },
    actor,
    on: emitter.on,
    subscribe: () => actor.send({ type: 'subscribe' }),
    unsubscribe: () => actor.send({ type: 'unsubscribe' }),
    retryNow: () => actor.send({ type: 'retryNow' }),
    publish: (data) => calls.publish(channel, data),
    history: (historyOptions) => calls.history(channel, historyOptions),
    presence: () => calls.presence(channel),
    presenceStats: () => calls.presenceStats(channel),
  };
}
