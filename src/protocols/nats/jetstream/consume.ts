import { type Actor, type ActorOptions, type AnyActorLogic, createActor } from 'xstate';
import type { BackoffPolicy } from '../../../machines/backoff/backoffPolicy.ts';
import { consumerMachine } from '../../../machines/consumer/consumer.machine.ts';
import { type ConsumerStatus, selectConsumerStatus } from '../../../machines/consumer/consumer.selectors.ts';
import type { ConsumerInput, ConsumerState } from '../../../machines/consumer/consumer.types.ts';
import { Emitter } from '../../shared/Emitter.ts';
import type { SessionClock } from '../../shared/sessionTimers.ts';
import { createConsumerDriver } from './consumerDriver.ts';
import type { JsContext } from './jsApi.ts';
import type { ConsumerConfig, JsManager } from './jsManager.ts';
import type { JsMessage } from './jsMessage.ts';

/** Options of `js.consume()`. */
export interface ConsumeOptions {
  stream: string;
  /** A durable consumer to pull from; absent ⇒ an ordered consumer (recreated on every gap). */
  consumer?: string;
  /** Ordered consumer (the default without `consumer`). */
  ordered?: boolean;
  /** Ordered consumer: only subjects matching this. */
  filterSubject?: string;
  /** Ordered consumer: where to start (default `all`). */
  deliverPolicy?: 'all' | 'last' | 'new' | 'last_per_subject';
  /** Ordered consumer: the stream sequence to start at (overrides `deliverPolicy`). */
  startSeq?: number;
  /** Messages per pull (default 100). */
  maxMessages?: number;
  /** Milliseconds one pull stays open (default 30000). */
  expires?: number;
  /** Milliseconds between the server's heartbeats on an idle pull (default expires / 2, ≤ 30000). */
  idleHeartbeat?: number;
  /** Recovery wait policy (default `exponentialBackoff`). */
  backoff?: BackoffPolicy;
}

/** Events of a {@link ConsumerHandle}. */
export interface ConsumerEvents {
  /** One message, in order for an ordered consumer. */
  message: JsMessage;
  /** The UI model, on every change of `state` or `rule`. */
  status: ConsumerStatus;
}

/** A running consumer: the consumer machine and its driver. */
export interface ConsumerHandle {
  /** `creating` | `consuming` | `recovering` | `stopped` | `failed`. */
  readonly state: ConsumerState;
  /** State, rule and reason of the last transition, stream sequence, delivered, pending. */
  readonly status: ConsumerStatus;
  /** The consumer machine's actor, for inspectors and `@xstate/react`. */
  readonly actor: Actor<typeof consumerMachine>;
  on<K extends keyof ConsumerEvents>(type: K, listener: (event: ConsumerEvents[K]) => void): () => void;
  /** Stops pulling for good (an ordered consumer is deleted on the server). */
  stop(): void;
}

/** What `consume()` takes from the JetStream context beside its options. */
export interface ConsumeEnvironment {
  js: JsContext;
  manager: JsManager;
  clock?: SessionClock | undefined;
  inspect?: ActorOptions<AnyActorLogic>['inspect'] | undefined;
  random: () => number;
}

const tokenOf = (random: () => number) => {
  let token = '';
  for (let i = 0; i < 16; i++) token += Math.floor(random() * 36).toString(36);
  return token;
};

/** Starts a consumer (see `JetStream.consume`). */
export function consume(env: ConsumeEnvironment, options: ConsumeOptions): ConsumerHandle {
  const { js } = env;
  const orderedConfig: ConsumerConfig = { deliver_policy: options.deliverPolicy ?? 'all' };
  if (options.filterSubject !== undefined) orderedConfig.filter_subject = options.filterSubject;
  const driver = createConsumerDriver({
    js,
    manager: env.manager,
    stream: options.stream,
    durable: options.consumer,
    orderedConfig,
    token: tokenOf(env.random),
  });
  const input: ConsumerInput = {
    ...options,
    connected: js.session.state === 'connected',
    random: env.random,
  };
  const actor = createActor(consumerMachine.provide({ actors: { driver } }), {
    input,
    ...(env.clock ? { clock: env.clock } : {}),
    ...(env.inspect ? { inspect: env.inspect } : {}),
  });
  const events = new Emitter<ConsumerEvents>();
  actor.on('deliver', (delivery) => {
    for (const { message } of delivery.messages) events.emit('message', message as JsMessage);
  });
  let last: ConsumerStatus | undefined;
  actor.subscribe((snapshot) => {
    const status = selectConsumerStatus(snapshot);
    if (last !== undefined && status.state === last.state && status.rule === last.rule) return;
    last = status;
    events.emit('status', status);
  });
  let up = js.session.state === 'connected';
  const off = js.session.on('status', (status) => {
    if ((status.state === 'connected') === up) return;
    up = !up;
    actor.send({ type: up ? 'connection.up' : 'connection.down' });
  });
  actor.subscribe({ complete: off });
  actor.start();
  return {
    get state() {
      return selectConsumerStatus(actor.getSnapshot()).state;
    },
    get status() {
      return selectConsumerStatus(actor.getSnapshot());
    },
    actor,
    on: (type, listener) => events.on(type, listener),
    // Once failed or stopped the machine is final: a later stop() has nothing to do.
    stop: () => {
      if (actor.getSnapshot().status === 'active') actor.send({ type: 'stop' });
    },
  };
}
