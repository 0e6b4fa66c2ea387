import { assign, setup } from 'xstate';
import { clockNow } from '../shared/clockNow.ts';
import { localCause, summarizeVerdict } from '../shared/verdictSummary.ts';
import type { BreakerContext, BreakerEvent, BreakerInput } from './breaker.types.ts';

const isFailure = (event: BreakerEvent) =>
  event.type === 'transport.error' || (event.type === 'server.verdict' && event.verdict.action === 'retry');
const isSuccess = (event: BreakerEvent) =>
  event.type === 'request.ok' || (event.type === 'server.verdict' && event.verdict.action === 'succeed');

/**
 * Circuit breaker driven by verdicts: `closed` → (`failureThreshold` consecutive retry-class failures)
 * → `open` → (`openTimeout`) → `half-open` → `closed` on a success, `open` again on a failure. The
 * retry-and-circuit-breaker pattern of the NATS error-handling guide, with "failure" decided by the
 * catalog instead of by exception type.
 */
export const circuitBreakerMachine = /* @__PURE__ */ setup({
  types: { context: {} as BreakerContext, events: {} as BreakerEvent, input: {} as BreakerInput | undefined },
  guards: {
    isFailure: ({ event }) => isFailure(event),
    isSuccess: ({ event }) => isSuccess(event),
    reachesThreshold: ({ context, event }) =>
      isFailure(event) && context.failures + 1 >= context.failureThreshold,
    hasTrialLeft: ({ context }) => context.trials < context.halfOpenTrials,
  },
  delays: { openTimeout: ({ context }) => context.openTimeout },
  actions: {
    recordFailure: assign(({ context, event }) => ({
      failures: context.failures + 1,
      lastVerdict:
        event.type === 'server.verdict'
          ? summarizeVerdict(event.verdict)
          : localCause('transport', 'retry', 'request', event.type === 'transport.error' ? event.reason : ''),
    })),
    resetFailures: assign({ failures: 0, trials: 0, openUntil: null }),
    markOpen: assign(({ context, system }) => ({
      openUntil: clockNow(system) + context.openTimeout,
      trials: 0,
    })),
    countTrial: assign({ trials: ({ context }) => context.trials + 1 }),
  },
}).createMachine({
  id: 'circuitBreaker',
  context: ({ input }) => ({
    failures: 0,
    trials: 0,
    openUntil: null,
    lastVerdict: null,
    failureThreshold: Math.max(1, input?.failureThreshold ?? 5),
    openTimeout: Math.max(0, input?.openTimeout ?? 30_000),
    halfOpenTrials: Math.max(1, input?.halfOpenTrials ?? 1),
  }),
  initial: 'closed',
  on: { reset: { target: '.closed', actions: 'resetFailures' } },
  states: {
    closed: {
      on: {
        'server.verdict': [
          { guard: 'reachesThreshold', target: 'open', actions: 'recordFailure' },
          { guard: 'isFailure', actions: 'recordFailure' },
          { guard: 'isSuccess', actions: 'resetFailures' },
        ],
        'transport.error': [
          { guard: 'reachesThreshold', target: 'open', actions: 'recordFailure' },
          { actions: 'recordFailure' },
        ],
        'request.ok': { actions: 'resetFailures' },
      },
    },
    open: {
      // Late answers to requests sent before the circuit opened say nothing new: ignored here.
      entry: 'markOpen',
      after: { openTimeout: 'half-open' },
    },
    'half-open': {
      on: {
        'request.sent': { guard: 'hasTrialLeft', actions: 'countTrial' },
        'request.ok': { target: 'closed', actions: 'resetFailures' },
        'server.verdict': [
          { guard: 'isFailure', target: 'open', actions: 'recordFailure' },
          { guard: 'isSuccess', target: 'closed', actions: 'resetFailures' },
        ],
        'transport.error': { target: 'open', actions: 'recordFailure' },
      },
    },
  },
});
