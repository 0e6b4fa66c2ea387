import type { NatsHeaders } from '../../../frames/nats/natsFrame.ts';
import type { NatsMessage } from '../natsMessage.ts';
import type { NatsSession } from '../natsSessionTypes.ts';
import type { AckSubjectInfo } from './ackSubject.ts';

/** A message from a JetStream consumer, with its place in the stream and the acknowledgements. */
export interface JsMessage {
  subject: string;
  data: Uint8Array;
  headers: NatsHeaders | undefined;
  /** Stream sequence, consumer sequence, delivery count, pending. */
  info: AckSubjectInfo;
  /** The stream sequence (the same as `info.streamSeq`). */
  seq: number;
  text(): string;
  json<T = unknown>(): T;
  /** Acknowledges the message (no-op for an ordered consumer, which needs none). */
  ack(): void;
  /** Asks for redelivery, after `delayMs` when given. */
  nak(delayMs?: number): void;
  /** Stops redelivery for good. */
  term(reason?: string): void;
  /** Says the message is still being worked on: resets the ack wait. */
  working(): void;
}

/**
 * A consumer message. A class so that the methods live on the prototype: a consumer makes one per
 * message. Acks are plain publishes to its reply subject, as the server expects; only the first of
 * ack/nak/term counts (later ones are dropped).
 */
class JetStreamMessage implements JsMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: NatsHeaders | undefined;
  readonly info: AckSubjectInfo;
  readonly #message: NatsMessage;
  readonly #session: NatsSession;
  #done: boolean;

  constructor(message: NatsMessage, info: AckSubjectInfo, session: NatsSession, acks: boolean) {
    this.subject = message.subject;
    this.data = message.data;
    this.headers = message.headers;
    this.info = info;
    this.#message = message;
    this.#session = session;
    this.#done = !acks;
  }

  get seq(): number {
    return this.info.streamSeq;
  }
  text(): string {
    return this.#message.text();
  }
  json<T = unknown>(): T {
    return this.#message.json<T>();
  }
  ack(): void {
    this.#send('+ACK', true);
  }
  nak(delayMs?: number): void {
    const delay = delayMs && delayMs > 0 ? ` ${JSON.stringify({ delay: Math.round(delayMs * 1e6) })}` : '';
    this.#send(`-NAK${delay}`, true);
  }
  term(reason?: string): void {
    this.#send(reason ? `+TERM ${reason}` : '+TERM', true);
  }
  working(): void {
    this.#send('+WPI', false);
  }
  #send(body: string, final: boolean): void {
    const reply = this.#message.reply;
    if (this.#done || reply === undefined) return;
    if (final) this.#done = true;
    this.#session.publish(reply, body);
  }
}

/** Wraps a consumer message; `acks` false (an ordered consumer) makes every ack a no-op. */
export function toJsMessage(
  message: NatsMessage,
  info: AckSubjectInfo,
  session: NatsSession,
  acks: boolean,
): JsMessage {
  return new JetStreamMessage(message, info, session, acks);
}
