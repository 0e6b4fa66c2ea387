import type { ActorOptions, AnyActorLogic } from 'xstate';
import type { SessionClock } from '../../shared/sessionTimers.ts';
import type { NatsSession } from '../natsSessionTypes.ts';
import { type ConsumeOptions, type ConsumerHandle, consume } from './consume.ts';
import type { JsContext } from './jsApi.ts';
import type { PubAck } from './jsApiSchemas.ts';
import { createJsManager, type JsManager } from './jsManager.ts';
import { type JsPublishOptions, jsPublish } from './jsPublish.ts';
import { createKv, type Kv } from './kv.ts';
import type { RetryOptions } from './withRetries.ts';

/** Options of {@link jetstream}. */
export interface JetStreamOptions {
  /** JetStream domain (API prefix `$JS.<domain>.API`). */
  domain?: string;
  /** API prefix (default `$JS.API`); wins over `domain`. */
  apiPrefix?: string;
  /** Milliseconds to wait for each API answer (default 5000). */
  timeout?: number;
  /** Sends in total for retried calls (default 4). */
  maxAttempts?: number;
  /** Overall deadline of a call and its retries, ms (default 30000). */
  deadline?: number;
  /** Timers for the consumer and request machines (pass the session's `SimulatedClock` in tests). */
  clock?: SessionClock;
  /** Inspector hook for every consumer and request actor. */
  inspect?: ActorOptions<AnyActorLogic>['inspect'];
  /** Uniform random in [0, 1) (consumer names, jitter). */
  random?: () => number;
}

/** JetStream on a NATS session. */
export interface JetStream {
  /** `$JS.API.*` calls with validated answers. */
  readonly manager: JsManager;
  /** Publishes to a stream and resolves with its acknowledgement; see {@link JsPublishOptions}. */
  publish(subject: string, data?: Uint8Array | string, options?: JsPublishOptions): Promise<PubAck>;
  /** Starts a pull consumer on the consumer machine. */
  consume(options: ConsumeOptions): ConsumerHandle;
  /** A key-value bucket (a stream named `KV_<bucket>`). */
  kv(bucket: string): Kv;
}

/**
 * JetStream on a NATS session: API calls, publish with acknowledgements, consumers as machines,
 * key-value watch. Uses only what the session exposes (request, subscribe, publish with headers).
 * @example
 * ```ts
 * const js = jetstream(session);
 * await js.publish('orders.new', JSON.stringify(order), { msgID: order.id });
 * const consumer = js.consume({ stream: 'ORDERS' });
 * consumer.on('message', (m) => handle(m.json()));
 * ```
 */
export function jetstream(session: NatsSession, options: JetStreamOptions = {}): JetStream {
  const prefix = options.apiPrefix ?? (options.domain ? `$JS.${options.domain}.API` : '$JS.API');
  const js: JsContext = { session, prefix, timeout: options.timeout ?? 5000 };
  const retry: RetryOptions = { clock: options.clock };
  if (options.maxAttempts !== undefined) retry.maxAttempts = options.maxAttempts;
  if (options.deadline !== undefined) retry.deadline = options.deadline;
  const manager = createJsManager(js, retry);
  const env = {
    js,
    manager,
    clock: options.clock,
    inspect: options.inspect,
    random: options.random ?? Math.random,
  };
  const self: JetStream = {
    manager,
    publish: (subject, data, publishOptions) => jsPublish(js, subject, data, publishOptions, retry),
    consume: (consumeOptions) => consume(env, consumeOptions),
    kv: (bucket) => createKv(self, bucket),
  };
  return self;
}
