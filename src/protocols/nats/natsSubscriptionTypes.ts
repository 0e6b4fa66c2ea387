import type { Verdict } from '../../codes/types.ts';
import type { SubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import type { SessionSubscription } from '../shared/SessionSubscription.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import type { SubscriptionCell, SubscriptionTable } from '../shared/subscriptionTable.ts';
import type { NatsError } from './natsError.ts';
import type { NatsMessage } from './natsMessage.ts';

/** Events of a {@link NatsSubscription}. */
export interface NatsSubscriptionEvents extends Record<string, unknown> {
  message: NatsMessage;
  /** The UI model, on every change of `state`. */
  status: SubscriptionStatus;
  /** The subscription ended with an error: `timeout` (no message within `options.timeout`). */
  error: NatsError;
}

/** Options of `session.subscribe()`, as nats.js `SubscriptionOptions`. */
export interface NatsSubscribeOptions {
  /** Queue group: the server gives each message to one member. */
  queue?: string;
  /**
   * Auto-unsubscribe after this many messages: the session sends `UNSUB sid max` right after the
   * SUB (the server stops at `max` too), and after a reconnect only the messages still due.
   */
  max?: number;
  /**
   * Milliseconds to wait for the first message; without one by then the subscription ends with a
   * `NatsError` `timeout` (the `error` event, or thrown by `for await`). Off after the first message.
   */
  timeout?: number;
  /**
   * Messages waiting in the `for await` queue above which the session emits `slowConsumer` (once
   * per crossing, as nats.js `slow`). Only for iterated subscriptions.
   */
  slow?: number;
}

/**
 * A subscription handle (`state`, `status`, `actor`, `on('message' | 'status' | 'error')`,
 * `unsubscribe()`, as every session's handle); unsubscribing sends UNSUB and ends it for good.
 * `for await (const m of sub)` iterates its messages until it ends (unsubscribe, `max`, `stop()`).
 */
export interface NatsSubscription
  extends SessionSubscription<NatsSubscriptionEvents>,
    AsyncIterable<NatsMessage> {
  readonly subject: string;
  readonly queue: string | undefined;
  /** The subscription id on the wire; kept across reconnects. */
  readonly sid: number;
  /** Messages received so far (nats.js `getReceived()`). */
  readonly received: number;
  /** The auto-unsubscribe count, if any (nats.js `getMax()`). */
  readonly max: number | undefined;
  /** Messages waiting in the `for await` queue (nats.js `getPending()`). */
  readonly pending: number;
  /**
   * Leaves the subscription; with `max`, after `max` messages in all (nats.js `unsubscribe(max)`:
   * sends `UNSUB sid max`; ends at once when that many already arrived).
   */
  unsubscribe(max?: number): void;
}

/** What a subscription needs from its session. */
export interface SubscriptionWire {
  /** Writes SUB (and `UNSUB sid max` when `max` is given); resolves true once the server has processed it (PONG). */
  subscribe(sid: number, subject: string, queue: string | undefined, max?: number): Promise<boolean>;
  /** Writes UNSUB (if connected) and forgets the sid. */
  unsubscribe(sid: number): void;
  /** Writes `UNSUB sid max` (if connected). */
  autoUnsubscribe(sid: number, max: number): void;
  /** The iterator queue of `subscription` passed `slow`. */
  slowConsumer(subscription: NatsSubscription, pending: number): void;
  /** The session's subscriptions, run on the subscription machine. */
  table: SubscriptionTable<SubscriptionEntry>;
  /** The session's timers (subscription `timeout`). */
  timers: SessionTimers;
}

/** A subscription as the session holds it: the handle plus what the session feeds it. */
export interface SubscriptionEntry extends NatsSubscription, SubscriptionCell {
  /** Hands a MSG to the app's listeners. */
  deliver(message: NatsMessage): void;
  /** Sends a subscription-scope verdict (a permissions violation) to the machine. */
  verdict(verdict: Verdict): void;
  /** Carries out the machine's command: SUB (then `subscribe.ok` once the server has it) or UNSUB. */
  command(command: SubscriptionDriverCommand): void;
  /** The session stopped: end the `for await` loop. */
  end(): void;
}
