import type { CentrifugoFrame } from '../../frames/centrifugo/index.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import { CentrifugoCallError, connectionClosedError, timeoutError } from './CentrifugoCallError.ts';
import type { CentrifugoDebug } from './debugHooks.ts';

/** A reply to a command, as the decoder produced it. */
export type ReplyFrame = Extract<CentrifugoFrame, { type: 'reply' }>;

/** Called once per command: with the reply, or with the error (server error, timeout, closed). */
export type ReplyCallback = (outcome: ReplyFrame | CentrifugoCallError) => void;

/**
 * Numbered commands over one socket: ids, replies, timeouts, and write batching. Everything queued
 * in one tick goes out as one WebSocket message joined by `\n`, so a connect and the subscribes
 * written right after it share a frame, and subscribing to many channels costs one write.
 * Replies are delivered synchronously, in the order the server sent them.
 */
export interface CommandLink {
  /** Sends `{[method]: body, id}`; `done` gets the reply or the error. */
  call(method: string, body: Record<string, unknown>, timeout: number, done: ReplyCallback): void;
  /**
   * Registers `{[method]: body, id}` like `call` but returns its text instead of sending it: the
   * emulation transports send the connect command with the request that opens the stream.
   */
  prepare(method: string, body: Record<string, unknown>, timeout: number, done: ReplyCallback): string;
  /** Sends a command without id (`send`; the `{}` pong with `urgent`, which batching never holds). */
  post(command: Record<string, unknown>, urgent?: boolean): void;
  /** Writes what batching held back (`stopBatching`). */
  flush(): void;
  /** Routes a reply to its caller; false for an id nobody waits for (ignored, as the server may be late). */
  settle(frame: ReplyFrame): boolean;
  /** Fails every pending call with "connection closed" and drops unsent commands. */
  failAll(): void;
}

interface Pending {
  done: ReplyCallback;
  timer: unknown;
}

/** Options of {@link createCommandLink}. */
export interface CommandLinkOptions {
  /** True while the app batches (`startBatching`): commands wait for `flush`, except connect and pongs. */
  held?: () => boolean;
  /** The `debug` hooks: every write (they redact it). */
  debug?: CentrifugoDebug | undefined;
}

/** Builds a {@link CommandLink} writing through `write` (false = socket not open); reply timeouts run on `timers`. */
export function createCommandLink(
  write: (text: string) => boolean,
  timers: SessionTimers,
  options: CommandLinkOptions = {},
): CommandLink {
  const { held, debug } = options;
  let nextId = 1;
  let outbox: string[] = [];
  let scheduled = false;
  const pending = new Map<number, Pending>();
  const rejectAll = () => {
    const entries = [...pending.values()];
    pending.clear();
    for (const entry of entries) {
      timers.clearTimeout(entry.timer);
      entry.done(connectionClosedError());
    }
  };
  const flush = () => {
    scheduled = false;
    const batch = outbox;
    outbox = [];
    if (batch.length === 0) return;
    const text = batch.join('\n');
    debug?.frame('send', text);
    // A failed write fails the calls at once instead of waiting for their timeouts.
    if (!write(text)) rejectAll();
  };
  const enqueue = (line: string, urgent: boolean) => {
    outbox.push(line);
    if (scheduled || (!urgent && held?.())) return;
    scheduled = true;
    queueMicrotask(flush);
  };
  const register = (method: string, body: Record<string, unknown>, timeout: number, done: ReplyCallback) => {
    const id = nextId++;
    const timer =
      timeout > 0
        ? timers.setTimeout(() => {
            if (pending.delete(id)) done(timeoutError());
          }, timeout)
        : undefined;
    pending.set(id, { done, timer });
    return JSON.stringify({ [method]: body, id });
  };
  return {
    prepare: register,
    call(method, body, timeout, done) {
      enqueue(register(method, body, timeout, done), method === 'connect');
    },
    post(command, urgent = false) {
      enqueue(JSON.stringify(command), urgent);
    },
    flush,
    settle(frame) {
      const entry = pending.get(frame.id);
      if (!entry) return false;
      pending.delete(frame.id);
      timers.clearTimeout(entry.timer);
      const error = frame.error;
      entry.done(
        error ? new CentrifugoCallError(error.code, error.message, error.temporary, 'server') : frame,
      );
      return true;
    },
    failAll() {
      outbox = [];
      rejectAll();
    },
  };
}
