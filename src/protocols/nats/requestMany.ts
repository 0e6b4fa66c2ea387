import { NatsError } from './natsError.ts';
import type { HeadersInit } from './natsHeaders.ts';
import type { NatsMessage } from './natsMessage.ts';
import type { NatsSession } from './natsSessionTypes.ts';

/** When a `requestMany` ends, as nats.js `RequestStrategy`. */
export type RequestStrategy = 'timer' | 'count' | 'stall' | 'sentinel';

/** Options of {@link requestMany}, as nats.js `RequestManyOptions`. */
export interface RequestManyOptions {
  /**
   * `timer` (default): every reply until `maxWait`. `count`: until `maxMessages` replies (or
   * `maxWait`). `stall`: until no reply came for `stall` ms after the last one (`maxWait` before
   * the first). `sentinel`: until a reply with an empty payload, which is yielded too (or `maxWait`).
   */
  strategy?: RequestStrategy;
  /** Longest wait for the whole request (before the first reply for `stall`), ms; default 1000. */
  maxWait?: number;
  /** Replies to wait for with `count` (sent to the server as `UNSUB sid max`, too). */
  maxMessages?: number;
  /** Quiet time after a reply that ends a `stall` request, ms; default 300. */
  stall?: number;
  headers?: HeadersInit;
}

/**
 * Scatter-gather request/reply (nats.js `requestMany`): publishes to `subject` with a reply subject
 * of its own and yields the replies until the strategy says it is done. A function taking the
 * session, so only apps that use it ship it. `for await` throws `NatsError` `no-responders` when the
 * server says nobody listens; the returned promise rejects with `disconnected` when the request
 * could not be sent nor buffered. Breaking out of the loop ends the request.
 */
export async function requestMany(
  session: NatsSession,
  subject: string,
  data?: Uint8Array | string,
  options: RequestManyOptions = {},
): Promise<AsyncIterable<NatsMessage>> {
  const strategy = options.strategy ?? 'timer';
  const maxWait = options.maxWait !== undefined && options.maxWait > 0 ? options.maxWait : 1000;
  const max = strategy === 'count' && (options.maxMessages ?? 0) > 0 ? options.maxMessages : undefined;
  const { timers } = session;
  const sub = session.subscribe(session.createInbox(), max !== undefined ? { max } : {});
  // Taken now, so replies queue from the first one; the subscription ends it (max, stop, drain).
  const messages = sub[Symbol.asyncIterator]();
  let timer: unknown;
  const finish = () => {
    timers.clearTimeout(timer);
    sub.unsubscribe();
  };
  sub.on('message', (message) => {
    if (isNoResponders(message)) finish();
    else if (strategy === 'stall') {
      timers.clearTimeout(timer);
      timer = timers.setTimeout(
        finish,
        options.stall !== undefined && options.stall > 0 ? options.stall : 300,
      );
    } else if (strategy === 'sentinel' && message.data.length === 0) finish();
  });
  timer = timers.setTimeout(finish, maxWait);
  let sent: boolean;
  try {
    sent = session.publish(subject, data, {
      reply: sub.subject,
      ...(options.headers !== undefined ? { headers: options.headers } : {}),
    });
  } catch (error) {
    finish(); // a full reconnect buffer or a bad header: nothing will answer
    throw error;
  }
  if (!sent) {
    finish();
    throw new NatsError('disconnected', `Not connected: the request to ${subject} was not sent.`);
  }
  return (async function* replies() {
    try {
      for (let next = await messages.next(); next.done !== true; next = await messages.next()) {
        if (isNoResponders(next.value)) {
          throw new NatsError('no-responders', `No service is subscribed to ${subject}.`);
        }
        yield next.value;
      }
    } finally {
      finish();
    }
  })();
}

/** The server's `503` status with no payload: nobody is subscribed to the subject. */
const isNoResponders = (message: NatsMessage) => message.headers?.code === 503 && message.data.length === 0;
