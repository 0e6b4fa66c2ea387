import type { NatsHeaders, NatsMsgFrame } from '../../frames/nats/natsFrame.ts';

const dec = new TextDecoder();

/** A message delivered to a subscription or returned by `request()`. */
export interface NatsMessage {
  subject: string;
  /** Reply subject, when the publisher expects an answer. */
  reply: string | undefined;
  /** Headers and status line, when the message had any. */
  headers: NatsHeaders | undefined;
  /** The payload bytes. */
  data: Uint8Array;
  /** The payload decoded as UTF-8. */
  text(): string;
  /** The payload parsed as JSON (throws on invalid JSON, like `JSON.parse`). */
  json<T = unknown>(): T;
}

/** Wraps a MSG/HMSG frame as a {@link NatsMessage}. */
export function toMessage(frame: NatsMsgFrame): NatsMessage {
  return {
    subject: frame.subject,
    reply: frame.reply,
    headers: frame.headers,
    data: frame.payload,
    text: () => dec.decode(frame.payload),
    json: <T>() => JSON.parse(dec.decode(frame.payload)) as T,
  };
}
