import type { SubscriptionStatus } from '../machines/subscription/subscription.selectors.ts';
import { maxStillAhead } from '../protocols/nats/maxStillAhead.ts';
import type { NatsMessage } from '../protocols/nats/natsMessage.ts';
import type { NatsSubscriptionEvents } from '../protocols/nats/natsSubscription.ts';
import { Emitter } from '../protocols/shared/Emitter.ts';
import type { SubscriptionActor } from '../protocols/shared/subscriptionTable.ts';
import type { SharedNatsSubscription } from './SharedNatsSession.ts';

/** A tab's NATS handle plus what its session drives. */
export interface SharedNatsHandle extends SharedNatsSubscription {
  readonly key: string;
  readonly live: boolean;
  applyStatus(status: SubscriptionStatus): void;
  deliver(message: NatsMessage): void;
  awaitLeader(): void;
}

const statusOf = (subject: string, state: SubscriptionStatus['state']): SubscriptionStatus => ({
  state,
  phase: state === 'subscribing' ? 'waiting' : null,
  attempt: 0,
  nextRetryAt: null,
  lastCode: null,
  lastReason: null,
  rule: null,
  channel: subject,
  terminal: state === 'unsubscribed',
  canRetryNow: false,
  position: null,
  wasRecovering: false,
  recovered: false,
});

/**
 * A tab's handle of a subject (and queue group) of a shared NATS session: the leader's status of
 * its SUB, its messages; `unsubscribe()` ends it for good, as a NATS session's handle.
 */
export function createSharedNatsSubscription(
  subject: string,
  queue: string | undefined,
  key: string,
  hooks: { leave(handle: SharedNatsHandle): void; actor(): SubscriptionActor | undefined },
): SharedNatsHandle {
  const events = new Emitter<NatsSubscriptionEvents>();
  let status = statusOf(subject, 'subscribing');
  let live = true;
  let received = 0;
  let max: number | undefined;
  const setStatus = (next: SubscriptionStatus) => {
    status = next;
    events.emit('status', next);
  };
  const handle: SharedNatsHandle = {
    subject,
    queue,
    key,
    sid: 0,
    get live() {
      return live;
    },
    get received() {
      return received;
    },
    get max() {
      return max;
    },
    get state() {
      return status.state;
    },
    get status() {
      return status;
    },
    get actor() {
      return hooks.actor();
    },
    on: (type, listener) => events.on(type, listener),
    once: (type, listener) => events.once(type, listener),
    off: (type, listener) => events.off(type, listener),
    unsubscribe(limit?: number) {
      if (!live) return;
      // As a NATS session's handle: a positive max not yet reached ends the handle later.
      const later = maxStillAhead(limit, received);
      if (later !== undefined) {
        max = later;
        return;
      }
      live = false;
      hooks.leave(handle);
      setStatus(statusOf(subject, 'unsubscribed'));
    },
    applyStatus(next) {
      if (live) setStatus({ ...next, channel: subject });
    },
    deliver(message) {
      if (!live) return;
      received++;
      events.emit('message', message);
      if (max !== undefined && received >= max) handle.unsubscribe();
    },
    awaitLeader() {
      if (live) setStatus(statusOf(subject, 'subscribing'));
    },
  };
  return handle;
}
