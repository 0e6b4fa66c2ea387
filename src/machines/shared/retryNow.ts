/** Anything that accepts a `retryNow` event: a connection or subscription actor. */
export interface RetryNowTarget {
  /** Sends an event to the actor. */
  send(event: { type: 'retryNow' }): void;
}

/**
 * Skips the current backoff wait: the machine connects (or resubscribes) now. The attempt counter keeps
 * counting, so the next failure still waits longer. Does nothing outside a wait.
 */
export function retryNow(actor: RetryNowTarget): void {
  actor.send({ type: 'retryNow' });
}
