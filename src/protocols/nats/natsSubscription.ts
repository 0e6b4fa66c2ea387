import type { Verdict } from '../../codes/types.ts';
import {
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import type { SessionSubscription } from '../shared/SessionSubscription.ts';
import { SubscriptionHandleBase } from '../shared/SubscriptionHandleBase.ts';
import type { SubscriptionCell, SubscriptionTable } from '../shared/subscriptionTable.ts';
import type { NatsMessage } from './natsMessage.ts';

/** Events of a {@link NatsSubscription}. */
export interface NatsSubscriptionEvents extends Record<string, unknown> {
  message: NatsMessage;
  /** The UI model, on every change of `state`. */
  status: SubscriptionStatus;
}

/**
 * A subscription handle (`state`, `status`, `actor`, `on('message' | 'status')`, `unsubscribe()`,
 * as every session's handle); unsubscribing sends UNSUB and ends it for good.
 */
export interface NatsSubscription extends SessionSubscription<NatsSubscriptionEvents> {
  readonly subject: string;
  readonly queue: string | undefined;
  /** The subscription id on the wire; kept across reconnects. */
  readonly sid: number;
}

/** What a subscription needs from its session. */
export interface SubscriptionWire {
  /** Writes SUB; resolves true once the server has processed it (PONG). */
  subscribe(sid: number, subject: string, queue: string | undefined): Promise<boolean>;
  /** Writes UNSUB (if connected) and forgets the sid. */
  unsubscribe(sid: number): void;
  /** The session's subscriptions, run on the subscription machine. */
  table: SubscriptionTable<SubscriptionEntry>;
}

/** A subscription as the session holds it: the handle plus what the session feeds it. */
export interface SubscriptionEntry extends NatsSubscription, SubscriptionCell {
  /** Hands a MSG to the app's listeners. */
  deliver(message: NatsMessage): void;
  /** Sends a subscription-scope verdict (a permissions violation) to the machine. */
  verdict(verdict: Verdict): void;
  /** Carries out the machine's command: SUB (then `subscribe.ok` once the server has it) or UNSUB. */
  command(command: SubscriptionDriverCommand): void;
}

/**
 * One subscription. A class so that the methods live on the prototype: a session may hold
 * thousands of subscriptions.
 */
class NatsSubscriptionHandle
  extends SubscriptionHandleBase<NatsSubscriptionEvents>
  implements SubscriptionEntry
{
  readonly subject: string;
  readonly queue: string | undefined;
  readonly sid: number;
  readonly #wire: SubscriptionWire;
  #ended = false;

  constructor(sid: number, subject: string, queue: string | undefined, wire: SubscriptionWire) {
    super(wire.table, { channel: subject });
    this.sid = sid;
    this.subject = subject;
    this.queue = queue;
    this.#wire = wire;
  }

  /** NATS handles report state changes only (not every attempt or retry time). */
  protected override observeStatus(): void {
    let last = this.state;
    this.table.observe(this, (snapshot) => {
      const status = selectSubscriptionStatus(snapshot);
      if (status.state === last) return;
      last = status.state;
      this.events.emit('status', status);
    });
  }

  unsubscribe(): void {
    this.send({ type: 'unsubscribe' });
    this.#endIfUnsubscribed();
  }

  deliver(message: NatsMessage): void {
    this.events.emit('message', message);
  }

  verdict(verdict: Verdict): void {
    this.send({ type: 'server.verdict', verdict });
    this.#endIfUnsubscribed();
  }

  command(command: SubscriptionDriverCommand): void {
    if (command.type === 'driver.unsubscribe') {
      this.#wire.unsubscribe(this.sid);
      return;
    }
    void this.#wire.subscribe(this.sid, this.subject, this.queue).then((ok) => {
      if (ok) this.send({ type: 'subscribe.ok' });
    });
  }

  /**
   * An app unsubscribe or a server-side end (permissions violation) is final for a NATS
   * subscription: forget the sid (UNSUB if the machine did not send one) and free its table cell.
   */
  #endIfUnsubscribed(): void {
    if (this.#ended || this.state !== 'unsubscribed') return;
    this.#ended = true;
    this.#wire.unsubscribe(this.sid);
    this.#wire.table.remove(this);
  }
}

/** Creates a subscription on the shared subscription machine and starts subscribing. */
export function createNatsSubscription(
  sid: number,
  subject: string,
  queue: string | undefined,
  wire: SubscriptionWire,
): SubscriptionEntry {
  const entry = new NatsSubscriptionHandle(sid, subject, queue, wire);
  entry.send({ type: 'subscribe' });
  return entry;
}
