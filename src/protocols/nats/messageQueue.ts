import type { NatsMessage } from './natsMessage.ts';

type Waiter = { resolve(result: IteratorResult<NatsMessage>): void; reject(error: Error): void };
const DONE: IteratorResult<NatsMessage> = { value: undefined, done: true };

/**
 * The queue behind `for await (const m of sub)`: messages wait here until the loop takes them; the
 * end (unsubscribe, `max` reached, session stopped) or an error (subscription `timeout`) is
 * delivered after the messages already queued, as nats.js's queued iterator does.
 */
export class MessageQueue implements AsyncIterableIterator<NatsMessage> {
  readonly #items: NatsMessage[] = [];
  #waiter: Waiter | undefined;
  #done = false;
  #error: Error | undefined;

  /** `onReturn`: the loop was left early (`break`); nats.js ends the subscription then too. */
  constructor(private readonly onReturn: () => void) {}

  /** Messages queued and not yet taken (nats.js `getPending()`). */
  get pending(): number {
    return this.#items.length;
  }

  /** Queues a message, or hands it to a waiting `next()`. */
  push(message: NatsMessage): void {
    if (this.#done) return;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (waiter) waiter.resolve({ value: message, done: false });
    else this.#items.push(message);
  }

  /** Ends the iteration after the queued messages; with `error`, the loop throws it instead. */
  end(error?: Error): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = error;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (waiter) this.#finish(waiter);
  }

  next(): Promise<IteratorResult<NatsMessage>> {
    return new Promise((resolve, reject) => {
      const message = this.#items.shift();
      if (message !== undefined) resolve({ value: message, done: false });
      else if (this.#done) this.#finish({ resolve, reject });
      else this.#waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<NatsMessage>> {
    this.#items.length = 0;
    this.end();
    this.onReturn();
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The error once (then plain ends), as a finished iterator does. */
  #finish(waiter: Waiter): void {
    const error = this.#error;
    this.#error = undefined;
    if (error) waiter.reject(error);
    else waiter.resolve(DONE);
  }
}
