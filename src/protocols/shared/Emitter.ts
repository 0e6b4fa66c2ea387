/** A listener of one event type. */
type Listener<T> = (event: T) => void;

/**
 * Reports an error thrown by an app's listener without letting it reach the caller: the browser's
 * `reportError` (window `error` event, console) where there is one, `console.error` otherwise
 * (rethrowing would end a Node process over one bad listener).
 */
function reportListenerError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else console.error('codestate: an event listener threw', error);
}

/** The emitting side of an {@link Emitter}, for code that only reports events. */
export interface EventSink<Events extends object> {
  emit<K extends keyof Events>(type: K, event: Events[K]): void;
}

/**
 * A small typed event emitter shared by the sessions and their subscription handles. A listener
 * that throws does not stop the other listeners or the session (see `reportListenerError`). The
 * listener table is allocated on the first `on`, so the thousands of handles nobody listens to
 * cost one small object each.
 */
export class Emitter<Events extends object> implements EventSink<Events> {
  #listeners: Map<keyof Events, Set<Listener<never>>> | undefined;

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    this.#listeners ??= new Map();
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    set.add(listener as Listener<never>);
    return () => void set.delete(listener as Listener<never>);
  }

  /** Calls every listener of `type` (those added while emitting wait for the next event). */
  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    const set = this.#listeners?.get(type);
    if (!set || set.size === 0) return;
    for (const listener of [...set]) {
      try {
        (listener as Listener<Events[K]>)(event);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  /** Whether anything listens to `type`. */
  has(type: keyof Events): boolean {
    return (this.#listeners?.get(type)?.size ?? 0) > 0;
  }
}
