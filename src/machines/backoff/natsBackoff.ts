import { type BackoffPolicy, randomUpTo, stepOf } from './backoffPolicy.ts';

/** Options of {@link createNatsBackoff}. */
export interface NatsBackoffOptions {
  /** nats.js `reconnectTimeWait`, ms (2000). */
  reconnectTimeWait?: number;
  /** nats.js `reconnectJitter`, ms (100; nats.js uses 1000 with TLS). */
  reconnectJitter?: number;
  /** nats.js `reconnectDelayHandler`: the wait before each later reconnect, ms (replaces the two above). */
  reconnectDelayHandler?: () => number;
}

/**
 * nats.js 3.x timing: the first reconnect after a working connection is immediate (the wait counts from
 * the previous dial, long ago), later ones wait `reconnectTimeWait + randomInt(0, jitter)`.
 */
export function createNatsBackoff(options: NatsBackoffOptions = {}): BackoffPolicy {
  const wait = options.reconnectTimeWait ?? 2000;
  const jitter = options.reconnectJitter ?? 100;
  const handler = options.reconnectDelayHandler;
  return {
    name: handler ? 'nats-handler' : 'nats',
    delay(attempt, random) {
      if (stepOf(attempt) === 0) return 0;
      if (handler === undefined) return wait + randomUpTo(jitter, random);
      // The app's number: a bad one (NaN, negative) waits nothing rather than breaking the timer.
      const ms = handler();
      return Number.isFinite(ms) && ms > 0 ? ms : 0;
    },
  };
}

/** The nats.js default policy: immediate, then 2000–2100 ms. */
export const natsBackoff: BackoffPolicy = /* @__PURE__ */ createNatsBackoff();
