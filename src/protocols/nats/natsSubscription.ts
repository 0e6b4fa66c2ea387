import type { Verdict } from '../../codes/types.ts';
import { selectSubscriptionStatus } from '../../machines/subscription/subscription.selectors.ts';
import type { SubscriptionDriverCommand } from '../../machines/subscription/subscription.types.ts';
import { SubscriptionHandleBase } from '../shared/SubscriptionHandleBase.ts';
import { maxStillAhead } from './maxStillAhead.ts';
import { MessageQueue } from './messageQueue.ts';
import { NatsError } from './natsError.ts';
import type { NatsMessage } from './natsMessage.ts';
import type {
  NatsSubscribeOptions,
  NatsSubscriptionEvents,
  SubscriptionEntry,
  SubscriptionWire,
} from './natsSubscriptionTypes.ts';

export type {
  NatsSubscribeOptions,
  NatsSubscription,
  NatsSubscriptionEvents,
  SubscriptionEntry,
  SubscriptionWire,
} from './natsSubscriptionTypes.ts';

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
  received = 0;
  max: number | undefined;
  readonly #wire: SubscriptionWire;
  #ended = false;
  #queue: MessageQueue | undefined;
  #slow: { at: number; notified: boolean } | undefined;
  #timer: unknown;

  constructor(sid: number, subject: string, options: NatsSubscribeOptions, wire: SubscriptionWire) {
    super(wire.table, { channel: subject });
    this.sid = sid;
    this.subject = subject;
    this.queue = options.queue;
    this.max = options.max !== undefined && options.max > 0 ? options.max : undefined;
    this.#wire = wire;
    if (options.slow !== undefined && options.slow > 0) this.#slow = { at: options.slow, notified: false };
    if (options.timeout !== undefined && options.timeout > 0) {
      const ms = options.timeout;
      this.#timer = wire.timers.setTimeout(() => {
        this.#timer = undefined;
        this.#fail(new NatsError('timeout', `No message on ${subject} within ${ms} ms.`));
      }, ms);
    }
  }

  get pending(): number {
    return this.#queue?.pending ?? 0;
  }

  [Symbol.asyncIterator](): AsyncIterator<NatsMessage> {
    this.#queue ??= new MessageQueue(() => this.unsubscribe());
    if (this.#ended) this.#queue.end();
    return this.#queue;
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

  unsubscribe(max?: number): void {
    const later = maxStillAhead(max, this.received);
    if (later !== undefined) {
      this.max = later;
      this.#wire.autoUnsubscribe(this.sid, later);
      return;
    }
    this.send({ type: 'unsubscribe' });
    this.#endIfUnsubscribed();
  }

  deliver(message: NatsMessage): void {
    if (this.#ended) return;
    this.received++;
    this.#wire.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    // Queued first: a listener that ends the subscription (requestMany) still lets the loop see it.
    const queue = this.#queue;
    if (queue !== undefined) {
      queue.push(message);
      const slow = this.#slow;
      if (slow !== undefined) {
        // Once per crossing, re-armed when the loop catches up (nats.js SlowNotifier).
        if (queue.pending <= slow.at) slow.notified = false;
        else if (!slow.notified) {
          slow.notified = true;
          this.#wire.slowConsumer(this, queue.pending);
        }
      }
    }
    this.events.emit('message', message);
    if (this.max !== undefined && this.received >= this.max) this.unsubscribe();
  }

  end(): void {
    this.#ended = true;
    this.#wire.timers.clearTimeout(this.#timer);
    this.#queue?.end();
  }

  #fail(error: NatsError): void {
    this.events.emit('error', error);
    this.#queue?.end(error);
    this.unsubscribe();
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
    // After a reconnect only the messages still due (as the Go client; nats.js 3.4 resends only the SUB).
    const due = this.max === undefined ? undefined : this.max - this.received;
    void this.#wire.subscribe(this.sid, this.subject, this.queue, due).then((ok) => {
      if (ok) this.send({ type: 'subscribe.ok' });
    });
  }

  /**
   * An app unsubscribe or a server-side end (permissions violation) is final for a NATS
   * subscription: forget the sid (UNSUB if the machine did not send one) and free its table cell.
   */
  #endIfUnsubscribed(): void {
    if (this.#ended || this.state !== 'unsubscribed') return;
    this.end();
    this.#wire.unsubscribe(this.sid);
    this.#wire.table.remove(this);
  }
}

/** Creates a subscription on the shared subscription machine and starts subscribing. */
export function createNatsSubscription(
  sid: number,
  subject: string,
  options: NatsSubscribeOptions,
  wire: SubscriptionWire,
): SubscriptionEntry {
  const entry = new NatsSubscriptionHandle(sid, subject, options, wire);
  entry.send({ type: 'subscribe' });
  return entry;
}
