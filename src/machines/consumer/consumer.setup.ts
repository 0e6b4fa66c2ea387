import { assign, enqueueActions, fromCallback, setup } from 'xstate';
import { clampDelay } from '../shared/delays.ts';
import { nextAttempt } from '../shared/nextAttempt.ts';
import { localCause, summarizeVerdict } from '../shared/verdictSummary.ts';
import type {
  ConsumerContext,
  ConsumerDelivery,
  ConsumerDriverCommand,
  ConsumerEvent,
  ConsumerInput,
  Delivery,
} from './consumer.types.ts';

/** The default driver does nothing; a protocol provides its own with `.provide({ actors: { driver } })`. */
const idleDriver = /* @__PURE__ */ fromCallback<ConsumerDriverCommand, { stream: string }>(() => undefined);

const verdictOf = (event: ConsumerEvent) =>
  event.type === 'pull.status' || event.type === 'create.failed' ? event.verdict : undefined;
const actionOf = (event: ConsumerEvent) => verdictOf(event)?.action;

/** Actions after which the consumer cannot go on: the verdict says so (a config error, a gone durable). */
const TERMINAL = new Set(['fail', 'unsubscribe', 'conflict', 'close']);

/** The pull that tops the open pulls up to `batch` messages. */
function pullCommand(context: ConsumerContext): ConsumerDriverCommand {
  return {
    type: 'driver.pull',
    generation: context.generation,
    batch: context.batch - context.pending,
    expires: context.expires,
    idleHeartbeat: context.idleHeartbeat,
  };
}

/**
 * How many of `messages` can be handed on: an ordered consumer stops at the first consumer
 * sequence that is not the next one (a gap, or a message of an older consumer); a durable one
 * takes them all (the server redelivers what is not acked).
 */
export function inOrderCount(context: ConsumerContext, messages: readonly Delivery[]): number {
  if (!context.ordered) return messages.length;
  let expected = context.consumerSeq + 1;
  let count = 0;
  for (const { info } of messages) {
    if (info.consumerSeq !== expected) break;
    expected++;
    count++;
  }
  return count;
}

/** The named guards, actions and delays of the consumer machine. */
export const consumerSetup = /* @__PURE__ */ setup({
  types: {
    context: {} as ConsumerContext,
    events: {} as ConsumerEvent,
    input: {} as ConsumerInput,
    emitted: {} as ConsumerDriverCommand | ConsumerDelivery,
  },
  actors: { driver: idleDriver },
  guards: {
    isConnectionUp: ({ context }) => context.connectionUp,
    // Events of an older consumer generation (a recreated ordered consumer) are dropped.
    isStale: ({ context, event }) => 'generation' in event && event.generation !== context.generation,
    // An ordered consumer expects consumer sequences 1, 2, 3 … from each consumer it creates.
    isGap: ({ context, event }) =>
      event.type === 'messages' && inOrderCount(context, event.messages) < event.messages.length,
    // A heartbeat that says the server sent more than arrived: the lost messages were the last ones,
    // so no later message will show the gap.
    isHeartbeatGap: ({ context, event }) =>
      event.type === 'pull.status' &&
      context.ordered &&
      event.lastConsumerSeq !== undefined &&
      event.lastConsumerSeq > context.consumerSeq,
    isTerminalVerdict: ({ event }) => TERMINAL.has(actionOf(event) ?? ''),
    isIgnoreVerdict: ({ event }) => actionOf(event) === 'ignore',
    isSecondSilentTick: ({ context }) => !context.activity && context.silentTicks >= 1,
    isRenewVerdict: ({ event }) => actionOf(event) === 'retry' && verdictOf(event)?.immediate === true,
  },
  delays: {
    heartbeatInterval: ({ context }) => clampDelay(context.idleHeartbeat),
    retryDelay: ({ context }) => clampDelay(context.retryDelay),
  },
  actions: {
    newGeneration: /* @__PURE__ */ assign(({ context }) => ({
      generation: context.generation + 1,
      pending: 0,
      consumerSeq: 0,
      // An ordered consumer resumes right after the last message the app saw.
      startSeq: context.ordered && context.streamSeq > 0 ? context.streamSeq + 1 : context.startSeq,
    })),
    sendCreate: /* @__PURE__ */ enqueueActions(({ context, enqueue }) => {
      const command: ConsumerDriverCommand = {
        type: 'driver.create',
        generation: context.generation,
        startSeq: context.startSeq,
      };
      enqueue.emit(command);
      enqueue.sendTo('driver', command);
    }),
    acceptCreated: /* @__PURE__ */ assign(({ event }) => ({
      consumer: event.type === 'created' ? event.consumer : null,
      activity: false,
      silentTicks: 0,
      attempt: 0,
      nextRetryAt: null,
      retryDelay: 0,
    })),
    /**
     * Opens a pull for what the open ones no longer cover once a quarter of a batch is used up
     * (nats.js's `threshold_messages`, 75 %), so the server always has a pull to fill.
     */
    topUp: /* @__PURE__ */ enqueueActions(({ context, enqueue }) => {
      if (context.pending > context.batch * 0.75) return;
      const command = pullCommand(context);
      enqueue.emit(command);
      enqueue.sendTo('driver', command);
      enqueue.assign({ pending: context.batch });
    }),
    /** Hands on the messages up to the first gap (all of them for a durable consumer), in one step. */
    deliver: /* @__PURE__ */ enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'messages') return;
      const count = inOrderCount(context, event.messages);
      const last = event.messages[count - 1];
      if (last === undefined) return;
      enqueue.assign({
        activity: true,
        streamSeq: last.info.streamSeq,
        consumerSeq: last.info.consumerSeq,
        streamPending: last.info.pending,
        delivered: context.delivered + count,
        pending: Math.max(0, context.pending - count),
      });
      const messages = count === event.messages.length ? event.messages : event.messages.slice(0, count);
      enqueue.emit({ type: 'deliver', messages });
    }),
    /** A pull ended (408, 409 …): what it still owed will not come. */
    releasePull: /* @__PURE__ */ assign(({ context, event }) => {
      const owed = event.type === 'pull.status' ? event.pendingMessages : undefined;
      return { pending: owed === undefined ? 0 : Math.max(0, context.pending - owed) };
    }),
    recordVerdict: /* @__PURE__ */ assign(({ event }) => {
      const verdict = verdictOf(event);
      return verdict ? { lastVerdict: summarizeVerdict(verdict), immediate: verdict.immediate === true } : {};
    }),
    recordHeartbeatMiss: /* @__PURE__ */ assign({
      lastVerdict: () =>
        localCause('nats.consumer.heartbeats-missed', 'resubscribe', 'subscription', 'no heartbeat'),
    }),
    recordGap: /* @__PURE__ */ assign({
      lastVerdict: () =>
        localCause('nats.consumer.sequence-gap', 'resubscribe', 'subscription', 'consumer sequence gap'),
    }),
    recordConnectionLoss: /* @__PURE__ */ assign({
      connectionUp: false,
      lastVerdict: () => localCause('connection.down', 'resubscribe', 'subscription', 'connection lost'),
    }),
    recordStop: /* @__PURE__ */ assign({
      lastVerdict: () => localCause('nats.consumer.stopped', 'unsubscribe', 'subscription', 'stop called'),
      nextRetryAt: null,
    }),
    markActivity: /* @__PURE__ */ assign({ activity: true }),
    countTick: /* @__PURE__ */ assign(({ context }) => ({
      silentTicks: context.activity ? 0 : context.silentTicks + 1,
      activity: false,
    })),
    markUp: /* @__PURE__ */ assign({ connectionUp: true }),
    markDown: /* @__PURE__ */ assign({ connectionUp: false }),
    scheduleRecovery: /* @__PURE__ */ assign(({ context, system }) => nextAttempt(context, system)),
    endWait: /* @__PURE__ */ assign({ nextRetryAt: null, retryDelay: 0 }),
    sendStop: /* @__PURE__ */ enqueueActions(({ enqueue }) => {
      enqueue.emit({ type: 'driver.stop' });
      enqueue.sendTo('driver', { type: 'driver.stop' });
    }),
  },
});
