import type { CentrifugoFrame } from '../../frames/centrifugo/index.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import { CentrifugoCallError, connectionClosedError, timeoutError } from './CentrifugoCallError.ts';

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
  /** Sends a command without id (`send`, the `{}` pong). */
  post(command: Record<string, unknown>): void;
  /** Routes a reply to its caller; false for an id nobody waits for (ignored, as the server may be late). */
  settle(frame: ReplyFrame): boolean;
  /** Fails every pending call with "connection closed" and drops unsent commands. */
  failAll(): void;
}

interface Pending {
  done: ReplyCallback;
  timer: unknown;
}

/** Builds a {@link CommandLink} writing through `write` (false = socket not open); reply timeouts run on `timers`. */
export function createCommandLink(write: (text: string) => boolean, timers: SessionTimers): CommandLink {
  let nextId = 1;
  let outbox: string[] = [];
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
    const batch = outbox;
    outbox = [];
    // A failed write fails the calls at once instead of waiting for their timeouts.
    if (batch.length > 0 && !write(batch.join('\n'))) rejectAll();
  };
  const enqueue = (line: string) => {
    if (outbox.length === 0) queueMicrotask(flush);
    outbox.push(line);
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
      enqueue(register(method, body, timeout, done));
    },
    post(command) {
      enqueue(JSON.stringify(command));
    },
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
