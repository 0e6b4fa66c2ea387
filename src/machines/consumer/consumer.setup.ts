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
      event.type === 'message' && context.ordered && event.info.consumerSeq !== context.consumerSeq + 1,
    isTerminalVerdict: ({ event }) => TERMINAL.has(actionOf(event) ?? ''),
    isIgnoreVerdict: ({ event }) => actionOf(event) === 'ignore',
    isRenewVerdict: ({ event }) => actionOf(event) === 'retry' && verdictOf(event)?.immediate === true,
  },
  delays: {
    // Two missed heartbeats, as nats.js counts them.
    heartbeatTimeout: ({ context }) => clampDelay(context.idleHeartbeat * 2),
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
      attempt: 0,
      nextRetryAt: null,
      retryDelay: 0,
    })),
    /** Opens pulls for what the open ones no longer cover, once half of a batch is used up. */
    topUp: /* @__PURE__ */ enqueueActions(({ context, enqueue }) => {
      if (context.pending > context.batch / 2) return;
      const command = pullCommand(context);
      enqueue.emit(command);
      enqueue.sendTo('driver', command);
      enqueue.assign({ pending: context.batch });
    }),
    deliver: /* @__PURE__ */ enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'message') return;
      enqueue.assign({
        streamSeq: event.info.streamSeq,
        consumerSeq: event.info.consumerSeq,
        streamPending: event.info.pending,
        delivered: context.delivered + 1,
        pending: Math.max(0, context.pending - 1),
      });
      enqueue.emit({ type: 'deliver', message: event.message, info: event.info });
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
