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
 * Wraps a consumer message. Acks are plain publishes to its reply subject, as the server expects;
 * only the first of ack/nak/term counts (later ones are dropped).
 */
export function toJsMessage(
  message: NatsMessage,
  info: AckSubjectInfo,
  session: NatsSession,
  acks: boolean,
): JsMessage {
  let done = !acks;
  const reply = message.reply;
  const send = (body: string, final: boolean) => {
    if (done || reply === undefined) return;
    if (final) done = true;
    session.publish(reply, body);
  };
  return {
    subject: message.subject,
    data: message.data,
    headers: message.headers,
    info,
    seq: info.streamSeq,
    text: () => message.text(),
    json: <T>() => message.json<T>(),
    ack: () => send('+ACK', true),
    nak: (delayMs) =>
      send(
        delayMs && delayMs > 0 ? `-NAK ${JSON.stringify({ delay: Math.round(delayMs * 1e6) })}` : '-NAK',
        true,
      ),
    term: (reason) => send(reason ? `+TERM ${reason}` : '+TERM', true),
    working: () => send('+WPI', false),
  };
}
