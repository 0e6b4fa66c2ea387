import { assign, fromCallback, sendTo, setup } from 'xstate';
import { exponentialBackoff } from '../backoff/exponentialBackoff.ts';
import { clockNow } from '../shared/clockNow.ts';
import { localCause, summarizeVerdict } from '../shared/verdictSummary.ts';
import type {
  RequestContext,
  RequestDriverCommand,
  RequestEvent,
  RequestInput,
  RequestOutcome,
  RequestOutput,
} from './request.types.ts';

/** The default driver: does nothing. A protocol provides its own with `.provide({ actors: { driver } })`. */
const idleDriver = /* @__PURE__ */ fromCallback<RequestDriverCommand>(() => undefined);

/** Builds the initial context from the (optional) input. */
export function requestContext(input: RequestInput | undefined): RequestContext {
  return {
    attempts: 0,
    waits: 0,
    target: null,
    redirects: 0,
    nextRetryAt: null,
    retryDelay: 0,
    lastVerdict: null,
    outcome: null,
    details: null,
    result: null,
    maxAttempts: Math.max(1, input?.maxAttempts ?? 4),
    deadline: Math.max(0, input?.deadline ?? 30_000),
    maxRedirects: input?.maxRedirects ?? 3,
    backoff: input?.backoff ?? exponentialBackoff,
    random: input?.random ?? Math.random,
  };
}

const actionOf = (event: RequestEvent) =>
  event.type === 'server.verdict' ? event.verdict.action : undefined;

/** The named guards, actions, actors and delays of the request machine. */
export const requestSetup = /* @__PURE__ */ setup({
  types: {
    context: {} as RequestContext,
    events: {} as RequestEvent,
    input: {} as RequestInput | undefined,
    output: {} as RequestOutput,
  },
  actors: { driver: idleDriver },
  guards: {
    isSucceedVerdict: ({ event }) => actionOf(event) === 'succeed',
    isConflictVerdict: ({ event }) => actionOf(event) === 'conflict',
    isFailVerdict: ({ event }) => actionOf(event) === 'fail',
    canFollowRedirect: ({ context, event }) =>
      actionOf(event) === 'redirect' &&
      context.redirects < context.maxRedirects &&
      context.attempts < context.maxAttempts,
    isRetryable: ({ event }) =>
      event.type === 'transport.error' || actionOf(event) === 'retry' || actionOf(event) === 'redirect',
    hasAttemptsLeft: ({ context }) => context.attempts < context.maxAttempts,
    hasDeadline: ({ context }) => context.deadline > 0,
  },
  delays: {
    retryDelay: ({ context }) => context.retryDelay,
    deadline: ({ context }) => context.deadline,
    redirectPause: 0,
  },
  actions: {
    sendRequest: sendTo(
      'driver',
      ({ context }): RequestDriverCommand => ({
        type: 'driver.send',
        attempt: context.attempts,
        ...(context.target === null ? {} : { target: context.target }),
      }),
    ),
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    recordVerdict: assign(({ event }) =>
      event.type === 'server.verdict'
        ? { lastVerdict: summarizeVerdict(event.verdict), details: event.verdict.details ?? null }
        : {},
    ),
    recordTransportError: assign({
      lastVerdict: ({ event }) =>
        localCause('transport', 'retry', 'request', event.type === 'transport.error' ? event.reason : ''),
    }),
    recordDeadline: assign({
      lastVerdict: () => localCause('deadline', 'fail', 'request', 'deadline passed'),
    }),
    recordCancel: assign({ lastVerdict: () => localCause('cancel', 'fail', 'request', 'cancelled') }),
    recordResult: assign({
      result: ({ event }) => (event.type === 'reply.ok' ? (event.result ?? null) : null),
    }),
    followRedirect: assign(({ context, event }) => ({
      target: event.type === 'server.verdict' ? (event.verdict.target ?? null) : null,
      redirects: context.redirects + 1,
    })),
    scheduleRetry: assign(({ context, system }) => {
      const wait = Math.max(0, context.backoff.delay(context.waits, context.random));
      return { retryDelay: wait, nextRetryAt: clockNow(system) + wait, waits: context.waits + 1 };
    }),
    // A wait ends a redirect round: the next send goes to the driver's default (its leader cache).
    endWait: assign({ nextRetryAt: null, retryDelay: 0, redirects: 0, target: null }),
    finishOk: assign({ outcome: 'ok' as RequestOutcome, nextRetryAt: null }),
    finishAlreadyDone: assign({ outcome: 'already-done' as RequestOutcome, nextRetryAt: null }),
    finishConflict: assign({ outcome: 'conflict' as RequestOutcome, nextRetryAt: null }),
    finishFail: assign({ outcome: 'fail' as RequestOutcome, nextRetryAt: null }),
    finishExhausted: assign({ outcome: 'attempts-exhausted' as RequestOutcome, nextRetryAt: null }),
    finishDeadline: assign({ outcome: 'deadline' as RequestOutcome, nextRetryAt: null }),
    finishCancelled: assign({ outcome: 'cancelled' as RequestOutcome, nextRetryAt: null }),
  },
});
