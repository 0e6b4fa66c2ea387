import type { VerdictOverride } from '../../codes/override.ts';
import type { SessionClock } from '../shared/sessionTimers.ts';
import type { CentrifugoDebug } from './debugHooks.ts';
import type { FossilDelta } from './deltaCodec.ts';
import type { FilterNode } from './tagsFilter.ts';

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

/**
 * `getData` of the connection (centrifuge-js shape): called before every connect, its value is the
 * connect `data`. Throw `UnauthorizedError` to stop for good; any other throw backs off and retries.
 */
export type ConnectionDataGetter = () => Promise<unknown> | unknown;

/** `getData` of a subscription: called before every subscribe, its value is the subscribe `data`. */
export type SubscriptionDataGetter = (context: { channel: string }) => Promise<unknown> | unknown;

/**
 * `getState` of a subscription (Centrifugo >= 6.8): load the app's state and return the stream
 * position it is at. Called when the subscription has no position (first subscribe, or the server
 * said the position cannot be recovered, error 112); otherwise the server recovers.
 */
export type SubscriptionStateGetter = (context: {
  channel: string;
}) => Promise<StreamPosition> | StreamPosition;

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
  /** Custom connect data (raw JSON); `session.setData` replaces it for the next connect. */
  data?: unknown;
  /** Called before every connect for fresh connect data (wins over `data`). */
  getData?: ConnectionDataGetter;
  /** Client name sent with connect (default `js`, as centrifuge-js). */
  name?: string;
  /** Client version sent with connect. */
  version?: string;
  /** Headers sent in the connect command (Centrifugo >= 6); `session.setHeaders` replaces them. */
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
  /**
   * Logs frames in and out and every machine transition, tokens and header values redacted:
   * `debug: centrifugoDebug()` from `codestate/centrifugo/debug` (console.debug, or pass a logger).
   */
  debug?: CentrifugoDebug;
  /**
   * The fossil delta codec, needed by subscriptions with `delta: 'fossil'`:
   * `import { fossilDelta } from 'codestate/centrifugo/fossil'`. Separate so that sessions without
   * delta compression do not ship it.
   */
  fossilDelta?: FossilDelta;
}

/** Options of one subscription (`session.subscribe(channel, options)`). */
export interface CentrifugoSubscriptionOptions {
  /** Subscription token (JWT) for private channels. */
  token?: string;
  /** Called for a token when none is set and whenever the server says it expired. */
  getToken?: SubscriptionTokenGetter;
  /** Custom subscribe data (raw JSON); `subscription.setData` replaces it for the next subscribe. */
  data?: unknown;
  /** Called before every subscribe for fresh subscribe data (wins over `data`). */
  getData?: SubscriptionDataGetter;
  /**
   * Loads the app's state and its stream position when the subscription has none; the subscribe
   * then asks the server to refuse a position it cannot recover (flag `rejectUnrecovered`), and on
   * that refusal (112) `getState` runs again. Centrifugo >= 6.8.
   */
  getState?: SubscriptionStateGetter;
  /** Delta compression of publication data (`'fossil'`); needs the session's `fossilDelta` codec. */
  delta?: 'fossil';
  /** Server-side filter on publication tags (Centrifugo >= 6; not together with `delta`). */
  tagsFilter?: FilterNode | null;
  /** Smallest resubscribe delay, ms; with `maxResubscribeDelay` selects centrifuge-js's backoff for this subscription. */
  minResubscribeDelay?: number;
  /** Largest resubscribe delay, ms. */
  maxResubscribeDelay?: number;
  /** Start from this position (recovery on the first subscribe). */
  since?: StreamPosition;
  /** Ask for a positioned stream. */
  positioned?: boolean;
  /** Ask for a recoverable stream. */
  recoverable?: boolean;
  /** Receive join and leave pushes. */
  joinLeave?: boolean;
}
