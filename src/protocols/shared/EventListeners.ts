/**
 * Typed listeners by event name, as sessions, subscription handles and shared sessions offer them
 * (DESIGN.md, "Sessions"). `Events` maps each event type to what its listeners receive.
 */
export interface EventListeners<Events> {
  /** Listens to one event type; returns the function that stops. */
  on<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  /** Listens to the next event of one type only; returns the function that stops before it came. */
  once<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): () => void;
  /** Removes a listener added with `on` or `once`. */
  off<K extends keyof Events>(type: K, listener: (event: Events[K]) => void): void;
}
