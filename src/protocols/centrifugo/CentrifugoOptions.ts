import type { VerdictOverride } from '../../codes/override.ts';
import type { SessionClock } from '../shared/sessionTimers.ts';

/** A stream position: the last offset seen in an epoch. */
export interface StreamPosition {
  offset: number;
  epoch: string;
}

/** `getToken` of the connection (centrifuge-js shape). Throw `UnauthorizedError` to stop for good. */
export type ConnectionTokenGetter = (
  context: Record<string, never>,
) => Promise<string | null | undefined> | string;

/** `getToken` of a subscription. Throw `UnauthorizedError` to stop this subscription for good. */
export type SubscriptionTokenGetter = (context: {
  channel: string;
}) => Promise<string | null | undefined> | string;

/** What the Centrifugo driver needs; the session adds machine options on top. */
export interface CentrifugoDriverOptions {
  /**
   * `ws://` or `wss://` URL of the Centrifugo WebSocket endpoint. Leave it out when `transports`
   * lists the endpoints (the session's `transports` option).
   */
  url?: string;
  /** Connection token (JWT). */
  token?: string;
  /** Called for a first token when `token` is empty, and whenever the server says it expired. */
  getToken?: ConnectionTokenGetter;
  /** Custom connect data (raw JSON). */
  data?: unknown;
  /** Client name sent with connect (default `js`, as centrifuge-js). */
  name?: string;
  /** Client version sent with connect. */
  version?: string;
  /** Headers sent in the connect command (Centrifugo >= 6). */
  headers?: Record<string, string>;
  /** Reply timeout for every command, ms (default 5000, as centrifuge-js; 0 or Infinity = none, see src/machines/README.md "Delays"). */
  timeout?: number;
  /** Grace added to the server's ping interval before the no-ping watchdog fires, ms (default 10000; 0 or Infinity = off). */
  maxServerPingDelay?: number;
  /** Largest inbound message accepted, checked before parsing (default 16 MiB). */
  maxFrameBytes?: number;
  /** Per-code verdict overrides, as data. */
  overrides?: readonly VerdictOverride[];
  /** xstate clock (e.g. `SimulatedClock`) for the machines' timers and the driver's (timeouts, token refresh). */
  clock?: SessionClock;
  /** Uniform random source in [0, 1) for backoff and token refresh jitter (seed it for simulations). */
  random?: () => number;
}

/** Options of one subscription (`session.subscribe(channel, options)`). */
export interface CentrifugoSubscriptionOptions {
  /** Subscription token (JWT) for private channels. */
  token?: string;
  /** Called for a token when none is set and whenever the server says it expired. */
  getToken?: SubscriptionTokenGetter;
  /** Custom subscribe data (raw JSON). */
  data?: unknown;
  /** Start from this position (recovery on the first subscribe). */
  since?: StreamPosition;
  /** Ask for a positioned stream. */
  positioned?: boolean;
  /** Ask for a recoverable stream. */
  recoverable?: boolean;
  /** Receive join and leave pushes. */
  joinLeave?: boolean;
}
