/** A minimal typed event emitter; listener errors are isolated so one bad listener cannot break a session. */
export interface Emitter<Events extends Record<string, unknown>> {
  on<K extends keyof Events>(type: K, listener: (value: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, value: Events[K]): void;
}

/** Creates an {@link Emitter}. `on` returns the function that removes the listener. */
export function createEmitter<Events extends Record<string, unknown>>(): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(value: never) => void>>();
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener as (value: never) => void);
      return () => set.delete(listener as (value: never) => void);
    },
    emit(type, value) {
      for (const listener of listeners.get(type) ?? []) {
        try {
          (listener as (value: unknown) => void)(value);
        } catch (error) {
          console.error('codestate: a listener threw', error);
        }
      }
    },
  };
}
