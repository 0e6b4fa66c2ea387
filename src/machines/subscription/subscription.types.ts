import type { Verdict } from '../../codes/types.ts';
import type { BackoffPolicy } from '../backoff/backoffPolicy.ts';
import type { VerdictSummary } from '../shared/verdictSummary.ts';

/** Input of the subscription machine. */
export interface SubscriptionInput {
  /** The channel, subject or stream this subscription is for. */
  channel: string;
  /** Resubscribe delay policy (default `spreadBackoff`). */
  backoff?: BackoffPolicy;
  /** Uniform random source in [0, 1) for the backoff (default `Math.random`). */
  random?: () => number;
  /** Recovery position to start from (offset/epoch, cursor...); JSON data, null = none. */
  position?: unknown;
  /** Whether the connection is up when the actor starts (default false; `connection.up` updates it). */
  connected?: boolean;
}

/**
 * Context of the subscription machine. JSON-serialisable apart from `backoff.delay` and `random`;
 * no tokens: a per-subscription token lives in the driver, `freshCredentials` only asks for a new one.
 */
export interface SubscriptionContext {
  /** The channel. */
  channel: string;
  /** Whether commands also go to an invoked `driver` child (false in `leanSubscriptionMachine`). */
  invokesDriver: boolean;
  /** Recovery position sent with the next subscribe (null = none). */
  position: unknown;
  /** The last accepted subscribe asked to resume from a position (the server's word). */
  wasRecovering: boolean;
  /** ...and resumed it with nothing missed. `wasRecovering && !recovered` = publications lost. */
  recovered: boolean;
  /** Resubscribe waits scheduled since the last successful subscribe. */
  attempt: number;
  /** Absolute time (clock ms) of the next resubscribe, or null. */
  nextRetryAt: number | null;
  /** The current resubscribe wait, ms. */
  retryDelay: number;
  /** Skip the next wait (set by a verdict with `immediate`). */
  immediate: boolean;
  /** Why the machine is where it is. */
  lastVerdict: VerdictSummary | null;
  /** Whether the session's connection is up (forwarded as `connection.up` / `connection.down`). */
  connectionUp: boolean;
  /** Whether the next `driver.subscribe` must fetch a fresh subscription token. */
  freshCredentials: boolean;
  /** The backoff policy (serialises as `{ name }`). */
  backoff: BackoffPolicy;
  /** The random source (left out when serialised). */
  random: () => number;
}

/** Commands the subscription machine sends to its `driver` actor. */
export type SubscriptionDriverCommand =
  | { type: 'driver.subscribe'; channel: string; position: unknown; freshCredentials: boolean }
  | { type: 'driver.unsubscribe'; channel: string };

/** Events the session, the driver or the app send to a subscription machine. */
export type SubscriptionEvent =
  | { type: 'subscribe' }
  | { type: 'unsubscribe' }
  | { type: 'connection.up' }
  | { type: 'connection.down' }
  | { type: 'subscribe.ok'; position?: unknown; wasRecovering?: boolean; recovered?: boolean }
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'position'; position: unknown }
  | { type: 'retryNow' };

/** The public top-level states of the subscription machine. */
export type SubscriptionState = 'unsubscribed' | 'subscribing' | 'subscribed';
