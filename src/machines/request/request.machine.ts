import { requestContext, requestSetup } from './request.setup.ts';

/** Retry (or capped redirect, or transport error): wait if sends are left, else give up. */
const retryOrGiveUp = [
  { guard: 'hasAttemptsLeft', target: 'waiting' },
  { target: 'failed', actions: 'finishExhausted' },
] as const;

/**
 * One request the server can answer with a code: `pending` → (`waiting` | `redirecting`)* →
 * `succeeded` | `failed`. A retry resends the same request (same client sequence); a `conflict` ends
 * in `failed` with outcome `conflict` so the caller re-reads and sends a new sequence.
 */
export const requestMachine = /* @__PURE__ */ requestSetup.createMachine({
  id: 'request',
  context: ({ input }) => requestContext(input),
  invoke: { id: 'driver', src: 'driver' },
  initial: 'pending',
  after: {
    deadline: { guard: 'hasDeadline', target: '.failed', actions: ['recordDeadline', 'finishDeadline'] },
  },
  on: { cancel: { target: '.failed', actions: ['recordCancel', 'finishCancelled'] } },
  states: {
    pending: {
      entry: ['sendRequest', 'countAttempt'],
      on: {
        'reply.ok': { target: 'succeeded', actions: ['recordResult', 'finishOk'] },
        'server.verdict': [
          { guard: 'isSucceedVerdict', target: 'succeeded', actions: ['recordVerdict', 'finishAlreadyDone'] },
          { guard: 'isConflictVerdict', target: 'failed', actions: ['recordVerdict', 'finishConflict'] },
          { guard: 'isFailVerdict', target: 'failed', actions: ['recordVerdict', 'finishFail'] },
          { guard: 'canFollowRedirect', target: 'redirecting', actions: ['recordVerdict', 'followRedirect'] },
          { guard: 'isRetryable', target: 'deciding', actions: 'recordVerdict' },
          // `ignore` and other scopes' actions: keep waiting for the reply.
        ],
        'transport.error': { target: 'deciding', actions: 'recordTransportError' },
      },
    },
    deciding: { always: [...retryOrGiveUp] },
    waiting: {
      entry: 'scheduleRetry',
      after: { retryDelay: { target: 'pending', actions: 'endWait' } },
      on: { retryNow: { target: 'pending', actions: 'endWait' } },
    },
    redirecting: { after: { redirectPause: 'pending' } },
    succeeded: { type: 'final' },
    failed: { type: 'final' },
  },
  output: ({ context }) => ({
    outcome: context.outcome ?? 'fail',
    attempts: context.attempts,
    lastVerdict: context.lastVerdict,
    details: context.details,
    result: context.result,
  }),
});
