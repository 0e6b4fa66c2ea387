import type { VerdictSpec } from '../types.ts';

/**
 * The verdicts NATS rows use, named once so every row file reads the same and a change of
 * policy is one edit. Frozen: rows share these objects.
 */
export const NATS_VERDICTS = {
  /** The server drops the socket (or already did): back off and dial again. */
  reconnect: Object.freeze({ scope: 'connection', action: 'reconnect' }),
  /** Credentials were refused or expired: fetch fresh ones, then dial again. */
  refreshToken: Object.freeze({ scope: 'connection', action: 'refresh-token' }),
  /** Terminal for the connection until the app calls connect() again. */
  close: Object.freeze({ scope: 'connection', action: 'close' }),
  /** The named subscription is gone for good; the connection stays up. */
  unsubscribe: Object.freeze({ scope: 'subscription', action: 'unsubscribe' }),
  /** The subscription must be created again (e.g. an ordered consumer reset). */
  resubscribe: Object.freeze({ scope: 'subscription', action: 'resubscribe' }),
  /** Something about a subscription worth reporting, with no state change. */
  subscriptionNotice: Object.freeze({ scope: 'subscription', action: 'ignore' }),
  /** The publish or request failed for good; do not resend it. */
  fail: Object.freeze({ scope: 'request', action: 'fail' }),
  /** The request may succeed later: back off and resend it. */
  retry: Object.freeze({ scope: 'request', action: 'retry' }),
  /** Someone else changed the value first: re-read, decide again, resend. */
  conflict: Object.freeze({ scope: 'request', action: 'conflict' }),
  /** The request is complete (e.g. an empty listing). */
  succeed: Object.freeze({ scope: 'request', action: 'succeed' }),
  /** Informational: nothing in the session changes. */
  ignore: Object.freeze({ scope: 'none', action: 'ignore' }),
} as const satisfies Record<string, Readonly<VerdictSpec>>;
