import type { VerdictSpec } from '../types.ts';

/**
 * The verdicts Centrifugo rows and rules share, named once so the tables read as data.
 * Frozen: rows reference these objects and must not be able to change each other.
 */
export const CENTRIFUGO_VERDICTS = Object.freeze({
  /** Connection: back off and connect again. */
  reconnect: Object.freeze({ scope: 'connection', action: 'reconnect' }),
  /** Connection: connect again at once, without backoff (the next transport of the list). */
  reconnectNow: Object.freeze({ scope: 'connection', action: 'reconnect', immediate: true }),
  /** Connection: back off, then connect with fresh positions and a fresh token (3014). */
  reconnectInvalidated: Object.freeze({
    scope: 'connection',
    action: 'reconnect',
    resetPosition: true,
    clearToken: true,
  }),
  /** Connection: terminal until the app calls connect(). */
  close: Object.freeze({ scope: 'connection', action: 'close' }),
  /** Connection: fetch a new connection token with getToken, then connect again (109). */
  refreshConnectionToken: Object.freeze({ scope: 'connection', action: 'refresh-token', clearToken: true }),
  /** Subscription: back to subscribing, resubscribe after backoff. */
  resubscribe: Object.freeze({ scope: 'subscription', action: 'resubscribe' }),
  /** Subscription: resubscribe at once, without backoff (unsubscribe push >= 2500). */
  resubscribeNow: Object.freeze({ scope: 'subscription', action: 'resubscribe', immediate: true }),
  /** Subscription: resubscribe at once from a fresh position with a fresh token (2502). */
  resubscribeInvalidated: Object.freeze({
    scope: 'subscription',
    action: 'resubscribe',
    immediate: true,
    resetPosition: true,
    clearToken: true,
  }),
  /** Subscription: back off, then subscribe from a position the app loads anew (112 with getState). */
  resubscribeFromState: Object.freeze({ scope: 'subscription', action: 'resubscribe', resetPosition: true }),
  /** Subscription: fetch a new subscription token, then resubscribe (109 on subscribe). */
  refreshSubscriptionToken: Object.freeze({
    scope: 'subscription',
    action: 'refresh-token',
    clearToken: true,
  }),
  /** Subscription: terminal for this subscription only. */
  unsubscribe: Object.freeze({ scope: 'subscription', action: 'unsubscribe' }),
  /** Request: back off and send it again. */
  retry: Object.freeze({ scope: 'request', action: 'retry' }),
  /** Request: permanent failure, do not retry. */
  fail: Object.freeze({ scope: 'request', action: 'fail' }),
  /** Informational: no state change. */
  ignore: Object.freeze({ scope: 'none', action: 'ignore' }),
} satisfies Record<string, VerdictSpec>);
