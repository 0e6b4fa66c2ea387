import { requestContext, requestSetup } from './celeriantRequest.setup.ts';

/**
 * One Celeriant request: `pending` → (`waiting` | `redirecting`)* → `succeeded` | `failed`.
 *
 * Every send is the same request (same client sequence), so a retry after 2013, a timeout or a
 * lost connection can only land once (2002 then means "already done"). Redirects are capped per
 * round (`maxRedirectHops`); hitting the cap ends the round in a backoff wait, so an A→B→A
 * ping-pong between two nodes that each name the other costs a wait, not a hot loop.
 */
export const celeriantRequestMachine = /* @__PURE__ */ requestSetup.createMachine({
  id: 'celeriantRequest',
  context: ({ input }) => requestContext(input),
  invoke: { id: 'driver', src: 'driver' },
  initial: 'pending',
  after: { deadline: { guard: 'hasDeadline', target: '.failed', actions: 'markDeadline' } },
  on: { cancel: { target: '.failed', actions: 'markClosed' } },
  states: {
    pending: {
      entry: ['countSend', 'sendRequest'],
      on: {
        'reply.ok': { target: 'succeeded', actions: 'acceptResponse' },
        'server.verdict': [
          { guard: 'isSucceedVerdict', target: 'succeeded', actions: 'recordVerdict' },
          {
            guard: 'canFollowRedirect',
            target: 'redirecting',
            actions: ['recordVerdict', 'countHop', 'notifyRedirect'],
          },
          { guard: 'canResend', target: 'waiting', actions: 'recordVerdict' },
          { guard: 'isResendable', target: 'failed', actions: ['recordVerdict', 'markExhausted'] },
          { target: 'failed', actions: ['recordVerdict', 'markRejected'] },
        ],
        'transport.error': [
          { guard: 'canResend', target: 'waiting', actions: 'recordVerdict' },
          { target: 'failed', actions: ['recordVerdict', 'markExhausted'] },
        ],
      },
    },
    waiting: {
      entry: 'scheduleRetry',
      after: { retryDelay: { target: 'pending', actions: 'endRound' } },
    },
    redirecting: {
      after: { redirectPause: { target: 'pending' } },
    },
    succeeded: { type: 'final' },
    failed: { type: 'final' },
  },
});
