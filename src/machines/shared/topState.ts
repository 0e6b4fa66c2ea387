import type { StateValue } from 'xstate';

/** The top-level state name of a snapshot value (`{ reconnecting: 'backoff' }` → `reconnecting`). */
export function topState<T extends string>(value: StateValue): T {
  return (typeof value === 'string' ? value : (Object.keys(value)[0] ?? '')) as T;
}

/** The child state name under the top level, or null (`{ reconnecting: 'backoff' }` → `backoff`). */
export function childState(value: StateValue): string | null {
  if (typeof value === 'string') return null;
  const inner = Object.values(value)[0];
  return typeof inner === 'string' ? inner : null;
}
