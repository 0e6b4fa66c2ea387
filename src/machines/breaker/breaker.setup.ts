import { assign, setup } from 'xstate';
import { clockNow } from '../shared/clockNow.ts';
import { clampDelay } from '../shared/delays.ts';
import { localCause, summarizeVerdict } from '../shared/verdictSummary.ts';
import type { BreakerContext, BreakerEvent, BreakerInput } from './breaker.types.ts';

const isFailure = (event: BreakerEvent) =>
  event.type === 'transport.error' || (event.type === 'server.verdict' && event.verdict.action === 'retry');
const isSuccess = (event: BreakerEvent) =>
  event.type === 'request.ok' || (event.type === 'server.verdict' && event.verdict.action === 'succeed');

/** The named guards, actions and delays of the circuit breaker. */
export const breakerSetup = /* @__PURE__ */ setup({
  types: { context: {} as BreakerContext, events: {} as BreakerEvent, input: {} as BreakerInput | undefined },
  guards: {
    isFailure: ({ event }) => isFailure(event),
    isSuccess: ({ event }) => isSuccess(event),
    reachesThreshold: ({ context, event }) =>
      isFailure(event) && context.failures + 1 >= context.failureThreshold,
    hasTrialLeft: ({ context }) => context.trials < context.halfOpenTrials,
  },
  delays: { openTimeout: ({ context }) => clampDelay(context.openTimeout) },
  actions: {
    recordFailure: /* @__PURE__ */ assign(({ context, event }) => ({
      failures: context.failures + 1,
      lastVerdict:
        event.type === 'server.verdict'
          ? summarizeVerdict(event.verdict)
          : localCause('transport', 'retry', 'request', event.type === 'transport.error' ? event.reason : ''),
    })),
    resetFailures: /* @__PURE__ */ assign({ failures: 0, trials: 0, openUntil: null }),
    markOpen: /* @__PURE__ */ assign(({ context, system }) => ({
      openUntil: clockNow(system) + context.openTimeout,
      trials: 0,
    })),
    countTrial: /* @__PURE__ */ assign({ trials: ({ context }) => context.trials + 1 }),
  },
});
