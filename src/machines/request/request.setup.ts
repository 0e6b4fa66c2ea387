import { assign, fromCallback, sendTo, setup } from 'xstate';
import { exponentialBackoff } from '../backoff/exponentialBackoff.ts';
import { backoffSettings } from '../shared/backoffSettings.ts';
import { clockNow } from '../shared/clockNow.ts';
import { clampDelay, timeoutOption } from '../shared/delays.ts';
import { inputNumber } from '../shared/inputNumber.ts';
import { policyDelay } from '../shared/policyDelay.ts';
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
    maxAttempts: inputNumber(input?.maxAttempts, 4, 1),
    deadline: timeoutOption(input?.deadline, 30_000),
    maxRedirects: inputNumber(input?.maxRedirects, 3),
    ...backoffSettings(input, exponentialBackoff),
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
    retryDelay: ({ context }) => clampDelay(context.retryDelay),
    deadline: ({ context }) => clampDelay(context.deadline),
    redirectPause: 0,
  },
  actions: {
    sendRequest: /* @__PURE__ */ sendTo(
      'driver',
      ({ context }): RequestDriverCommand => ({
        type: 'driver.send',
        attempt: context.attempts,
        ...(context.target === null ? {} : { target: context.target }),
      }),
    ),
    countAttempt: /* @__PURE__ */ assign({ attempts: ({ context }) => context.attempts + 1 }),
    recordVerdict: /* @__PURE__ */ assign(({ event }) =>
      event.type === 'server.verdict'
        ? { lastVerdict: summarizeVerdict(event.verdict), details: event.verdict.details ?? null }
        : {},
    ),
    recordTransportError: /* @__PURE__ */ assign({
      lastVerdict: ({ event }) =>
        localCause('transport', 'retry', 'request', event.type === 'transport.error' ? event.reason : ''),
    }),
    recordDeadline: /* @__PURE__ */ assign({
      lastVerdict: () => localCause('deadline', 'fail', 'request', 'deadline passed'),
    }),
    recordCancel: /* @__PURE__ */ assign({
      lastVerdict: () => localCause('cancel', 'fail', 'request', 'cancelled'),
    }),
    recordResult: /* @__PURE__ */ assign({
      result: ({ event }) => (event.type === 'reply.ok' ? (event.result ?? null) : null),
    }),
    followRedirect: /* @__PURE__ */ assign(({ context, event }) => ({
      target: event.type === 'server.verdict' ? (event.verdict.target ?? null) : null,
      redirects: context.redirects + 1,
    })),
    scheduleRetry: /* @__PURE__ */ assign(({ context, system }) => {
      const wait = policyDelay(context.backoff, context.waits, context.random);
      return { retryDelay: wait, nextRetryAt: clockNow(system) + wait, waits: context.waits + 1 };
    }),
    // A wait ends a redirect round: the next send goes to the driver's default (its leader cache).
    endWait: /* @__PURE__ */ assign({ nextRetryAt: null, retryDelay: 0, redirects: 0, target: null }),
    finishOk: /* @__PURE__ */ assign({ outcome: 'ok' as RequestOutcome, nextRetryAt: null }),
    finishAlreadyDone: /* @__PURE__ */ assign({
      outcome: 'already-done' as RequestOutcome,
      nextRetryAt: null,
    }),
    finishConflict: /* @__PURE__ */ assign({ outcome: 'conflict' as RequestOutcome, nextRetryAt: null }),
    finishFail: /* @__PURE__ */ assign({ outcome: 'fail' as RequestOutcome, nextRetryAt: null }),
    finishExhausted: /* @__PURE__ */ assign({
      outcome: 'attempts-exhausted' as RequestOutcome,
      nextRetryAt: null,
    }),
    finishDeadline: /* @__PURE__ */ assign({ outcome: 'deadline' as RequestOutcome, nextRetryAt: null }),
    finishCancelled: /* @__PURE__ */ assign({ outcome: 'cancelled' as RequestOutcome, nextRetryAt: null }),
  },
});
