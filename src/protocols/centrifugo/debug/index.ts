/**
 * `codestate/centrifugo/debug`: the `debug` option of a Centrifugo session, as centrifuge-js's
 * `debug: true`, in an entry of its own so that sessions without it do not ship it.
 *
 * ```ts
 * import { centrifugoDebug } from 'codestate/centrifugo/debug'
 * const session = createCentrifugoSession({ url, debug: centrifugoDebug() }) // console.debug
 * ```
 * @packageDocumentation
 */
import type { CentrifugoDebug } from '../debugHooks.ts';

/** Receives each debug line: a label (`send`, `receive`, `transition`) and its details. */
export type DebugLogger = (label: string, ...details: unknown[]) => void;

/** Token values and header values never reach a log (headers may carry credentials). */
function redactValue(key: string, value: unknown): unknown {
  if (key === 'token') return '[redacted]';
  if (key === 'headers' && typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.keys(value).map((name) => [name, '[redacted]']));
  return value;
}

/** Outbound commands (JSON lines) with every `token` and every header value replaced. */
export function redactCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => JSON.stringify(JSON.parse(line, redactValue)))
    .join('\n');
}

const consoleLogger: DebugLogger = (label, ...details) => console.debug('codestate', label, ...details);

/**
 * The session's debug hooks: `send <commands>` (tokens and header values redacted), `receive
 * <frame>` (the server sends no secrets), and `transition <actor> <event> -> <state>` whenever a
 * machine's state changes (machine context holds no tokens, see src/machines/README.md).
 */
export function centrifugoDebug(log: DebugLogger = consoleLogger): CentrifugoDebug {
  const last = new WeakMap<object, string>();
  return {
    frame(direction, data) {
      log(direction, direction === 'send' ? redactCommands(String(data)) : data);
    },
    inspect(event) {
      if (event.type !== '@xstate.snapshot') return;
      const value = (event.snapshot as { value?: unknown }).value;
      if (value === undefined) return;
      const state = JSON.stringify(value);
      if (last.get(event.actorRef) === state) return;
      last.set(event.actorRef, state);
      log('transition', (event.actorRef as { id?: string }).id, event.event.type, '->', state);
    },
  };
}

export type { CentrifugoDebug } from '../debugHooks.ts';
