import { inputNumber } from '../shared/inputNumber.ts';
import { breakerSetup } from './breaker.setup.ts';

/**
 * Circuit breaker driven by verdicts: `closed` → (`failureThreshold` consecutive retry-class failures)
 * → `open` → (`openTimeout`) → `half-open` → `closed` on a success, `open` again on a failure. The
 * retry-and-circuit-breaker pattern of the NATS error-handling guide, with "failure" decided by the
 * catalog instead of by exception type.
 */
export const circuitBreakerMachine = /* @__PURE__ */ breakerSetup.createMachine({
  id: 'circuitBreaker',
  context: ({ input }) => ({
    failures: 0,
    trials: 0,
    openUntil: null,
    lastVerdict: null,
    failureThreshold: inputNumber(input?.failureThreshold, 5, 1),
    openTimeout: inputNumber(input?.openTimeout, 30_000),
    halfOpenTrials: inputNumber(input?.halfOpenTrials, 1, 1),
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
