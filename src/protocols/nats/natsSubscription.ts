import { type Actor, type ActorOptions, type AnyActorLogic, createActor, fromCallback } from 'xstate';
import { createSubscriptionMachine } from '../../machines/subscription/createSubscriptionMachine.ts';
import {
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from '../../machines/subscription/subscription.selectors.ts';
import type {
  SubscriptionDriverCommand,
  SubscriptionState,
} from '../../machines/subscription/subscription.types.ts';
import { createEmitter } from './createEmitter.ts';
import type { NatsMessage } from './natsMessage.ts';
import type { NatsClock } from './natsSessionOptions.ts';

/** Events of a {@link NatsSubscription}. */
export interface NatsSubscriptionEvents extends Record<string, unknown> {
  message: NatsMessage;
  state: SubscriptionStatus;
}

/** A subscription handle: its state comes from the shared subscription machine. */
export interface NatsSubscription {
  readonly subject: string;
  readonly queue: string | undefined;
  /** The subscription id on the wire; kept across reconnects. */
  readonly sid: number;
  /** `unsubscribed` | `subscribing` | `subscribed`. */
  readonly state: SubscriptionState;
  /** The UI model of the subscription, with the rule behind its state. */
  readonly status: SubscriptionStatus;
  /** The subscription actor, for inspectors and `@xstate/react`. */
  readonly actor: Actor<ReturnType<typeof createSubscriptionMachine>>;
  /** Listens to messages or state changes; returns the function that stops listening. */
  on<K extends keyof NatsSubscriptionEvents>(
    type: K,
    listener: (value: NatsSubscriptionEvents[K]) => void,
  ): () => void;
  /** Sends UNSUB and ends the subscription. */
  unsubscribe(): void;
}

/** What a subscription needs from its session. */
export interface SubscriptionWire {
  /** Writes SUB; resolves true once the server has processed it (PONG). */
  subscribe(sid: number, subject: string, queue: string | undefined): Promise<boolean>;
  /** Writes UNSUB (if connected) and forgets the sid. */
  unsubscribe(sid: number): void;
  connected(): boolean;
  clock: NatsClock;
  inspect: ActorOptions<AnyActorLogic>['inspect'] | undefined;
}

/** A subscription plus the function the session calls to deliver its messages. */
export interface SubscriptionEntry {
  handle: NatsSubscription;
  deliver(message: NatsMessage): void;
}

/** Creates a subscription on the shared subscription machine and starts subscribing. */
export function createNatsSubscription(
  sid: number,
  subject: string,
  queue: string | undefined,
  wire: SubscriptionWire,
): SubscriptionEntry {
  const events = createEmitter<NatsSubscriptionEvents>();
  const driver = fromCallback<SubscriptionDriverCommand, { channel: string }>(({ receive, sendBack }) => {
    receive((command) => {
      if (command.type === 'driver.unsubscribe') {
        wire.unsubscribe(sid);
        return;
      }
      void wire.subscribe(sid, subject, queue).then((ok) => {
        if (ok) sendBack({ type: 'subscribe.ok' });
      });
    });
  });
  const actor = createActor(createSubscriptionMachine(driver), {
    input: { channel: subject, connected: wire.connected() },
    clock: wire.clock,
    ...(wire.inspect ? { inspect: wire.inspect } : {}),
  });
  let last: SubscriptionState | undefined;
  actor.subscribe((snapshot) => {
    const status = selectSubscriptionStatus(snapshot);
    if (status.state === last) return;
    if (status.state === 'unsubscribed' && last !== undefined) wire.unsubscribe(sid);
    last = status.state;
    events.emit('state', status);
  });
  actor.start();
  actor.send({ type: 'subscribe' });
  const handle: NatsSubscription = {
    subject,
    queue,
    sid,
    get state() {
      return selectSubscriptionStatus(actor.getSnapshot()).state;
    },
    get status() {
      return selectSubscriptionStatus(actor.getSnapshot());
    },
    actor,
    on: (type, listener) => events.on(type, listener),
    unsubscribe: () => actor.send({ type: 'unsubscribe' }),
  };
  return { handle, deliver: (message) => events.emit('message', message) };
}
