/** A listener of one event type. */
type Listener<T> = (event: T) => void;

/** A `once` wrapper remembers the app's listener, so `off(type, listener)` finds it. */
type OnceWrapper<T> = Listener<T> & { original?: Listener<T> };

/** Whether `entry` is `listener` or the `once` wrapper of it. */
const isListener = <T>(entry: OnceWrapper<T>, listener: Listener<T>) =>
  entry === listener || entry.original === listener;

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
 * cost one small object each; it holds a plain array per event type, replaced (not changed) on
 * every `on` and removal, so an emit walks a list nobody alters underneath it and a handle with one
 * listener costs an object and a one-element array, not a Map and a Set.
 */
export class Emitter<Events extends object> implements EventSink<Events> {
  #listeners: { [K in keyof Events]?: readonly Listener<Events[K]>[] } | undefined;

  /** Adds a listener (once, however often it is added); returns the function that removes it. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    this.#listeners ??= {};
    const list = this.#listeners[type];
    if (list === undefined) this.#listeners[type] = [listener];
    else if (!list.includes(listener)) this.#listeners[type] = [...list, listener];
    return () => this.#remove(type, listener);
  }

  /**
   * Adds a listener that runs for the next `type` event only (as centrifuge-js's `once`); returns
   * the function that removes it before it ran.
   */
  once<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    const wrapper: OnceWrapper<Events[K]> = (event) => {
      this.#remove(type, wrapper);
      listener(event);
    };
    wrapper.original = listener;
    return this.on(type, wrapper);
  }

  /** Removes a listener added with `on` (as centrifuge-js's `off`/`removeListener`); no listener: no-op. */
  off<K extends keyof Events>(type: K, listener: Listener<Events[K]>): void {
    this.#remove(type, listener);
  }

  /** Calls every listener of `type` (those added while emitting wait for the next event). */
  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    const list = this.#listeners?.[type];
    if (list === undefined) return;
    for (const listener of list) {
      try {
        listener(event);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  /** Whether anything listens to `type`. */
  has(type: keyof Events): boolean {
    return (this.#listeners?.[type]?.length ?? 0) > 0;
  }

  #remove<K extends keyof Events>(type: K, listener: Listener<Events[K]>): void {
    const listeners = this.#listeners;
    const list = listeners?.[type];
    if (listeners === undefined || list === undefined || !list.some((l) => isListener(l, listener))) return;
    const rest = list.filter((l) => !isListener(l, listener));
    if (rest.length === 0) delete listeners[type];
    else listeners[type] = rest;
  }
}
