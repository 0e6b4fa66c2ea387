import type { NatsMsgFrame } from '../../frames/nats/natsFrame.ts';
import { fromFrameHeaders, type HeadersInit, type MsgHeaders } from './natsHeaders.ts';

const dec = new TextDecoder();

/** Publishes for {@link NatsMessage.respond} (the session's `publish`). */
export type Responder = (
  subject: string,
  data?: Uint8Array | string,
  options?: { headers?: HeadersInit },
) => boolean;

/** A message delivered to a subscription or returned by `request()`. */
export interface NatsMessage {
  subject: string;
  /** Reply subject, when the publisher expects an answer. */
  reply: string | undefined;
  /**
   * Headers and status line, when the message had any: several values per name (`values()`),
   * `code`/`description` of the status line (`status` is the code or undefined).
   */
  headers: MsgHeaders | undefined;
  /** The payload bytes. */
  data: Uint8Array;
  /** The sid of the subscription that received it. */
  sid: number;
  /** The payload decoded as UTF-8. */
  text(): string;
  /** The payload parsed as JSON (throws on invalid JSON, like `JSON.parse`). */
  json<T = unknown>(): T;
  /**
   * Publishes `data` to this message's reply subject (nats.js `msg.respond`). Returns false when
   * the message has no reply subject or the session could not send nor buffer it.
   */
  respond(data?: Uint8Array | string, options?: { headers?: HeadersInit }): boolean;
}

/** A message; a class so that thousands of messages share the methods. */
class Msg implements NatsMessage {
  subject: string;
  reply: string | undefined;
  headers: MsgHeaders | undefined;
  data: Uint8Array;
  sid: number;
  readonly #publish: Responder;

  constructor(frame: NatsMsgFrame, publish: Responder) {
    this.subject = frame.subject;
    this.reply = frame.reply;
    this.headers = frame.headers && fromFrameHeaders(frame.headers);
    this.data = frame.payload;
    this.sid = frame.sid;
    this.#publish = publish;
  }

  text(): string {
    return dec.decode(this.data);
  }

  json<T = unknown>(): T {
    return JSON.parse(this.text()) as T;
  }

  respond(data?: Uint8Array | string, options: { headers?: HeadersInit } = {}): boolean {
    return this.reply !== undefined && this.#publish(this.reply, data, options);
  }
}

/** Wraps a MSG/HMSG frame as a {@link NatsMessage}; `respond` publishes through `publish`. */
export function toMessage(frame: NatsMsgFrame, publish: Responder): NatsMessage {
  return new Msg(frame, publish);
}
