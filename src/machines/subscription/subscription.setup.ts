import { assign, emit, fromCallback, setup } from 'xstate';
import { spreadBackoff } from '../backoff/spreadBackoff.ts';
import { backoffSettings } from '../shared/backoffSettings.ts';
import { clampDelay } from '../shared/delays.ts';
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
    wasRecovering: false,
    recovered: false,
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

/** The `driver.subscribe` command for the machine's current context. */
export function subscribeCommand(context: SubscriptionContext): SubscriptionDriverCommand {
  return {
    type: 'driver.subscribe',
    channel: context.channel,
    position: context.position,
    freshCredentials: context.freshCredentials,
  };
}

/** The `driver.unsubscribe` command for the machine's channel. */
export function unsubscribeCommand(context: SubscriptionContext): SubscriptionDriverCommand {
  return { type: 'driver.unsubscribe', channel: context.channel };
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
    retryDelay: ({ context }) => clampDelay(context.retryDelay),
  },
  actions: {
    // Commands are emitted (`actor.on('driver.subscribe', ...)`); `subscriptionMachine` also sends
    // them to its driver child.
    sendSubscribe: /* @__PURE__ */ emit(({ context }) => subscribeCommand(context)),
    sendUnsubscribe: /* @__PURE__ */ emit(({ context }) => unsubscribeCommand(context)),
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
    acceptSubscription: /* @__PURE__ */ assign(({ context, event }) => {
      const ok = event.type === 'subscribe.ok' ? event : undefined;
      return {
        attempt: 0,
        nextRetryAt: null,
        retryDelay: 0,
        freshCredentials: false,
        position: ok?.position !== undefined ? ok.position : context.position,
        wasRecovering: ok?.wasRecovering === true,
        recovered: ok?.recovered === true,
      };
    }),
    updatePosition: /* @__PURE__ */ assign({
      position: ({ context, event }) => (event.type === 'position' ? event.position : context.position),
    }),
    scheduleResubscribe: /* @__PURE__ */ assign(({ context, system }) => nextAttempt(context, system)),
    endWait: /* @__PURE__ */ assign({ nextRetryAt: null, retryDelay: 0 }),
  },
});
