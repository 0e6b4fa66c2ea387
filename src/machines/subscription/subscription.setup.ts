import { assign, enqueueActions, fromCallback, setup } from 'xstate';
import { spreadBackoff } from '../backoff/spreadBackoff.ts';
import { backoffSettings } from '../shared/backoffSettings.ts';
import { MachineInputError } from '../shared/machineInputError.ts';
import { nextAttempt } from '../shared/nextAttempt.ts';
import { localCause, summarizeVerdict } from '../shared/verdictSummary.ts';
import type {
  SubscriptionContext,
  SubscriptionDriverCommand,
  SubscriptionEvent,
  SubscriptionInput,
} from './subscription.types.ts';

/** The default driver: does nothing. A protocol provides its own with `.provide({ actors: { driver } })`. */
const idleDriver = /* @__PURE__ */ fromCallback<SubscriptionDriverCommand, { channel: string }>(
  () => undefined,
);

/** Builds the initial context from the input; `invokesDriver` says which machine variant runs. */
export function subscriptionContext(input: SubscriptionInput, invokesDriver: boolean): SubscriptionContext {
  if (typeof input?.channel !== 'string' || input.channel === '') {
    throw new MachineInputError(
      'channel',
      'A subscription machine was started without a channel.',
      "Pass the channel in the actor's input: createActor(subscriptionMachine, { input: { channel: 'news' } }).",
    );
  }
  // Every field named in one literal (no spread), so all contexts share one hidden class.
  const { backoff, random } = backoffSettings(input, spreadBackoff);
  return {
    channel: input.channel,
    invokesDriver,
    position: input.position ?? null,
    attempt: 0,
    nextRetryAt: null,
    retryDelay: 0,
    immediate: false,
    lastVerdict: null,
    connectionUp: input.connected ?? false,
    freshCredentials: false,
    backoff,
    random,
  };
}

/** What `enqueueActions` hands an action, reduced to the two calls a command needs. */
interface CommandQueue {
  emit(event: SubscriptionDriverCommand): void;
  sendTo(to: 'driver', event: SubscriptionDriverCommand): void;
}

/**
 * Issues a driver command: always emitted (`actor.on('driver.subscribe', ...)`), and sent to the
 * invoked `driver` child when the machine has one (`leanSubscriptionMachine` has none, to save memory).
 */
function command(enqueue: CommandQueue, context: SubscriptionContext, cmd: SubscriptionDriverCommand): void {
  enqueue.emit(cmd);
  if (context.invokesDriver) enqueue.sendTo('driver', cmd);
}

const actionOf = (event: SubscriptionEvent) =>
  event.type === 'server.verdict' ? event.verdict.action : undefined;

/** The named guards, actions, actors and delays of the subscription machine. */
export const subscriptionSetup = /* @__PURE__ */ setup({
  types: {
    context: {} as SubscriptionContext,
    events: {} as SubscriptionEvent,
    input: {} as SubscriptionInput,
    emitted: {} as SubscriptionDriverCommand,
  },
  actors: { driver: idleDriver },
  guards: {
    isConnectionUp: ({ context }) => context.connectionUp,
    isUnsubscribeVerdict: ({ event }) => actionOf(event) === 'unsubscribe',
    isResubscribeVerdict: ({ event }) =>
      actionOf(event) === 'resubscribe' || actionOf(event) === 'refresh-token',
  },
  delays: {
    retryDelay: ({ context }) => context.retryDelay,
  },
  actions: {
    sendSubscribe: /* @__PURE__ */ enqueueActions(({ context, enqueue }) =>
      command(enqueue, context, {
        type: 'driver.subscribe',
        channel: context.channel,
        position: context.position,
        freshCredentials: context.freshCredentials,
      }),
    ),
    sendUnsubscribe: /* @__PURE__ */ enqueueActions(({ context, enqueue }) =>
      command(enqueue, context, { type: 'driver.unsubscribe', channel: context.channel }),
    ),
    markUp: /* @__PURE__ */ assign({ connectionUp: true }),
    markDown: /* @__PURE__ */ assign({ connectionUp: false }),
    recordConnectionLoss: /* @__PURE__ */ assign({
      connectionUp: false,
      lastVerdict: () => localCause('connection.down', 'resubscribe', 'subscription', 'connection lost'),
    }),
    recordVerdict: /* @__PURE__ */ assign(({ context, event }) => {
      if (event.type !== 'server.verdict') return {};
      const { verdict } = event;
      return {
        lastVerdict: summarizeVerdict(verdict),
        position: verdict.resetPosition === true ? null : context.position,
        freshCredentials:
          context.freshCredentials || verdict.action === 'refresh-token' || verdict.clearToken === true,
        immediate: verdict.immediate === true,
      };
    }),
    recordUnsubscribeCall: /* @__PURE__ */ assign({
      lastVerdict: () => localCause('unsubscribe', 'unsubscribe', 'subscription', 'unsubscribe called'),
      nextRetryAt: null,
      retryDelay: 0,
    }),
    resetAttempts: /* @__PURE__ */ assign({ attempt: 0, nextRetryAt: null, retryDelay: 0, immediate: false }),
    acceptSubscription: /* @__PURE__ */ assign(({ context, event }) => ({
      attempt: 0,
      nextRetryAt: null,
      retryDelay: 0,
      freshCredentials: false,
      position:
        event.type === 'subscribe.ok' && event.position !== undefined ? event.position : context.position,
    })),
    updatePosition: /* @__PURE__ */ assign({
      position: ({ context, event }) => (event.type === 'position' ? event.position : context.position),
    }),
    scheduleResubscribe: /* @__PURE__ */ assign(({ context, system }) => nextAttempt(context, system)),
    endWait: /* @__PURE__ */ assign({ nextRetryAt: null, retryDelay: 0 }),
  },
});
