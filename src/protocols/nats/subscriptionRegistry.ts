import type { Verdict } from '../../codes/types.ts';
import type { NatsMsgFrame } from '../../frames/nats/natsFrame.ts';
import { defined } from '../shared/defined.ts';
import { SubscriptionTable } from '../shared/subscriptionTable.ts';
import { encodeSub, encodeUnsub } from './encodeCommands.ts';
import { sessionStoppedError } from './natsError.ts';
import type { NatsLink } from './natsLink.ts';
import { type Responder, toMessage } from './natsMessage.ts';
import type { NatsSessionOptions } from './natsSessionOptions.ts';
import {
  createNatsSubscription,
  type NatsSubscribeOptions,
  type SubscriptionEntry,
  type SubscriptionWire,
} from './natsSubscription.ts';
import type { RequestMux } from './requestMux.ts';
import { routeScopedVerdict } from './routeScopedVerdict.ts';

/** The session's subscriptions by sid, the request inbox's among them. */
export interface SubscriptionRegistry {
  /** Every subscription's machine, in one table: it hears every connection edge. */
  readonly table: SubscriptionTable<SubscriptionEntry>;
  /** Subscribes with the next sid. */
  add(subject: string, options: NatsSubscribeOptions): SubscriptionEntry;
  /** Subscribes the request inbox unless its subscription is still live. */
  openInbox(): void;
  /** Forgets the inbox subscription (drained): the next request subscribes it again. */
  dropInbox(): void;
  /** A MSG for the subscription of its sid, or for a pending request when it is the inbox's. */
  deliver(frame: NatsMsgFrame, respond: Responder): void;
  /** A subscription- or request-scope verdict, for the subscription or requests it names. */
  verdict(verdict: Verdict): void;
  /** Every subscription, the inbox's last. */
  entries(): SubscriptionEntry[];
  /** `stop()`: fails the pending requests, ends every subscription and the table. */
  stop(): void;
}

/**
 * The subscriptions of a session and the wire they write SUB/UNSUB through. Every subscription is
 * a subscription machine in one table, resubscribed with the same sid after each reconnect;
 * requests share one inbox subscription (see {@link RequestMux}).
 */
export function createSubscriptionRegistry(
  options: NatsSessionOptions,
  link: NatsLink,
  mux: RequestMux,
  slowConsumer: SubscriptionWire['slowConsumer'],
  timers: SubscriptionWire['timers'],
): SubscriptionRegistry {
  const subs = new Map<number, SubscriptionEntry>();
  let inbox: SubscriptionEntry | undefined;
  let nextSid = 0;
  // Every subscription runs on the subscription machine in one table; its commands go to the entry.
  const table: SubscriptionTable<SubscriptionEntry> = new SubscriptionTable<SubscriptionEntry>({
    ...defined({ clock: options.clock, inspect: options.inspect }),
    onCommand: (entry, command) => entry.command(command),
  });
  const wire: SubscriptionWire = {
    subscribe: (sid, subject, queue, max) => {
      if (!link.send(encodeSub(subject, sid, queue))) return Promise.resolve(false);
      if (max !== undefined) link.send(encodeUnsub(sid, max));
      return link.flushBatched();
    },
    unsubscribe: (sid) => {
      if (subs.delete(sid) || inbox?.sid === sid) link.send(encodeUnsub(sid));
    },
    autoUnsubscribe: (sid, max) => link.send(encodeUnsub(sid, max)),
    slowConsumer,
    table,
    timers,
  };
  const entries = () => (inbox ? [...subs.values(), inbox] : [...subs.values()]);

  return {
    table,
    add(subject, sub) {
      const entry = createNatsSubscription(++nextSid, subject, sub, wire);
      subs.set(entry.sid, entry);
      return entry;
    },
    openInbox() {
      if (inbox === undefined || inbox.state === 'unsubscribed') {
        inbox = createNatsSubscription(++nextSid, mux.subject, {}, wire);
      }
    },
    dropInbox: () => {
      inbox = undefined;
    },
    deliver(frame, respond) {
      if (frame.sid === inbox?.sid) mux.deliver(toMessage(frame, respond));
      else subs.get(frame.sid)?.deliver(toMessage(frame, respond));
    },
    verdict: (verdict) => routeScopedVerdict(verdict, entries(), mux, inbox?.sid),
    entries,
    stop() {
      mux.failAll(sessionStoppedError('request'));
      for (const entry of entries()) entry.end();
      table.stop();
      subs.clear();
      inbox = undefined;
    },
  };
}
