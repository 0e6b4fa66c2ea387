import type { NatsMessage } from './natsMessage.ts';

/**
 * The queue behind `for await (const m of sub)`: messages wait here until the loop takes them; the
 * end (unsubscribe, `max` reached, session stopped) or an error (subscription `timeout`) is
 * delivered after the messages already queued, as nats.js's queued iterator does.
 */
export class MessageQueue implements AsyncIterableIterator<NatsMessage> {
  readonly #items: NatsMessage[] = [];
  #waiter: ((result: IteratorResult<NatsMessage>) => void) | undefined;
  #failWaiter: ((error: Error) => void) | undefined;
  #done = false;
  #error: Error | undefined;

  constructor(private readonly onReturn: () => void) {}

  /** Messages queued and not yet taken (nats.js `getPending()`). */
  get pending(): number {
    return this.#items.length;
  }

  /** Queues a message, or hands it to a waiting `next()`. */
  push(message: NatsMessage): void {
    if (this.#done) return;
    const waiter = this.#waiter;
    if (waiter === undefined) {
      this.#items.push(message);
      return;
    }
    this.#waiter = this.#failWaiter = undefined;
    waiter({ value: message, done: false });
  }

  /** Ends the iteration after the queued messages; with `error`, the loop throws it instead. */
  end(error?: Error): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = error;
    if (this.#items.length === 0) this.#settleWaiter();
  }

  next(): Promise<IteratorResult<NatsMessage>> {
    const message = this.#items.shift();
    if (message !== undefined) return Promise.resolve({ value: message, done: false });
    if (this.#done) {
      const error = this.#error;
      this.#error = undefined;
      return error ? Promise.reject(error) : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.#waiter = resolve;
      this.#failWaiter = reject;
    });
  }

  /** `break` out of the loop: ends the subscription (nats.js unsubscribes too). */
  return(): Promise<IteratorResult<NatsMessage>> {
    this.#items.length = 0;
    this.end();
    this.onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #settleWaiter(): void {
    const waiter = this.#waiter;
    const fail = this.#failWaiter;
    if (waiter === undefined || fail === undefined) return;
    this.#waiter = this.#failWaiter = undefined;
    const error = this.#error;
    this.#error = undefined;
    if (error) fail(error);
    else waiter({ value: undefined, done: true });
  }
}
