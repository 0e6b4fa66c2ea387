import { assign, fromCallback, sendTo, setup } from 'xstate';
import { localCause, summarizeVerdict } from '../../../machines/shared/verdictSummary.ts';
import type {
  RequestContext,
  RequestDriverCommand,
  RequestEvent,
  RequestInput,
} from './celeriantRequest.types.ts';
import { celeriantRetryBackoff } from './celeriantRetryBackoff.ts';

const idleDriver = /* @__PURE__ */ fromCallback<RequestDriverCommand>(() => undefined);

/** Builds the initial context from the (optional) input. */
export function requestContext(input: RequestInput | undefined): RequestContext {
  return {
    attempt: 0,
    waits: 0,
    hops: 0,
    retryDelay: 0,
    lastVerdict: null,
    verdict: null,
    response: null,
    failure: null,
    maxAttempts: Math.max(1, input?.maxAttempts ?? 8),
    maxRedirectHops: Math.max(0, input?.maxRedirectHops ?? 3),
    deadline: input?.deadline ?? 30_000,
    backoff: input?.backoff ?? celeriantRetryBackoff,
    random: input?.random ?? Math.random,
  };
}

const verdictOf = (event: RequestEvent) => (event.type === 'server.verdict' ? event.verdict : undefined);
/** Actions after which the same request may be sent again. */
const RESENDABLE = new Set(['retry', 'redirect', 'reconnect', 'refresh-token']);

/** Named guards, actions and delays of the request machine. */
export const requestSetup = /* @__PURE__ */ setup({
  types: {
    context: {} as RequestContext,
    events: {} as RequestEvent,
    input: {} as RequestInput | undefined,
  },
  actors: { driver: idleDriver },
  guards: {
    isSucceedVerdict: ({ event }) => verdictOf(event)?.action === 'succeed',
    canFollowRedirect: ({ context, event }) =>
      verdictOf(event)?.action === 'redirect' &&
      context.hops < context.maxRedirectHops &&
      context.attempt < context.maxAttempts,
    canResend: ({ context, event }) => {
      const action = verdictOf(event)?.action;
      const resendable = event.type === 'transport.error' || (action !== undefined && RESENDABLE.has(action));
      return resendable && context.attempt < context.maxAttempts;
    },
    isResendable: ({ event }) => RESENDABLE.has(verdictOf(event)?.action ?? ''),
    hasDeadline: ({ context }) => context.deadline > 0,
  },
  delays: {
    retryDelay: ({ context }) => context.retryDelay,
    redirectPause: 0,
    deadline: ({ context }) => (context.deadline > 0 ? context.deadline : 2 ** 31 - 1),
  },
  actions: {
    sendRequest: sendTo(
      'driver',
      ({ context }): RequestDriverCommand => ({
        type: 'driver.send',
        attempt: context.attempt,
      }),
    ),
    countSend: assign({ attempt: ({ context }) => context.attempt + 1 }),
    notifyRedirect: sendTo(
      'driver',
      ({ event }): RequestDriverCommand => ({
        type: 'driver.redirect',
        verdict: verdictOf(event) ?? { scope: 'request', action: 'redirect', rule: 'celeriant.redirect' },
      }),
    ),
    recordVerdict: assign(({ event }) => {
      const verdict = verdictOf(event);
      if (verdict) return { lastVerdict: summarizeVerdict(verdict), verdict };
      const reason = event.type === 'transport.error' ? event.reason : 'transport';
      return { lastVerdict: localCause('transport', 'retry', 'request', reason) };
    }),
    countHop: assign({ hops: ({ context }) => context.hops + 1 }),
    scheduleRetry: assign(({ context }) => ({
      retryDelay: Math.max(0, context.backoff.delay(context.waits, context.random)),
      waits: context.waits + 1,
    })),
    // The round is over (hop cap or plain retry): the next send may follow redirects again.
    endRound: assign({ hops: 0, retryDelay: 0 }),
    acceptResponse: assign({
      response: ({ event }) => (event.type === 'reply.ok' ? event.response : null),
    }),
    markRejected: assign({ failure: 'rejected' as const }),
    markExhausted: assign({ failure: 'exhausted' as const }),
    markDeadline: assign({
      failure: 'deadline' as const,
      lastVerdict: () => localCause('deadline', 'fail', 'request', 'request deadline passed'),
    }),
    markClosed: assign({
      failure: 'closed' as const,
      lastVerdict: ({ event }) =>
        localCause('closed', 'fail', 'request', event.type === 'cancel' ? event.reason : 'closed'),
    }),
  },
});
