import type { ActorOptions, AnyActorLogic } from 'xstate';
import type { DebugLogger } from './debugLog.ts';

type Inspect = NonNullable<ActorOptions<AnyActorLogic>['inspect']>;

/**
 * The session's inspector with `debug` on: every snapshot whose state changed is logged as
 * `transition <actor> <event> -> <state>` (machine context holds no tokens, see
 * src/machines/README.md), then handed to the app's own inspector, if any.
 */
export function debugInspector(
  log: DebugLogger | undefined,
  inspect: Inspect | undefined,
): Inspect | undefined {
  if (!log) return inspect;
  const last = new WeakMap<object, string>();
  return (event) => {
    if (event.type === '@xstate.snapshot') {
      const value = (event.snapshot as { value?: unknown }).value;
      const state = JSON.stringify(value);
      if (value !== undefined && last.get(event.actorRef) !== state) {
        last.set(event.actorRef, state);
        log('transition', (event.actorRef as { id?: string }).id, event.event.type, '->', state);
      }
    }
    if (typeof inspect === 'function') inspect(event);
    else inspect?.next?.(event);
  };
}
