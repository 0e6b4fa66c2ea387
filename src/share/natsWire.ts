import * as v from 'valibot';
import { fromFrameHeaders } from '../protocols/nats/natsHeaders.ts';
import type { NatsMessage, Responder } from '../protocols/nats/natsMessage.ts';

/** A NATS message as it crosses tabs: its fields without the `text()`/`json()` functions. */
const wireMessageSchema = v.object({
  subject: v.string(),
  reply: v.optional(v.string()),
  headers: v.optional(
    v.object({
      status: v.optional(v.number()),
      description: v.optional(v.string()),
      entries: v.array(v.tuple([v.string(), v.string()])),
    }),
  ),
  data: v.custom<Uint8Array>((value) => value instanceof Uint8Array, 'the payload is not bytes'),
});

/** The cloneable form of a message. */
export function toWireMessage(message: NatsMessage): v.InferOutput<typeof wireMessageSchema> {
  const wire: v.InferOutput<typeof wireMessageSchema> = { subject: message.subject, data: message.data };
  if (message.reply !== undefined) wire.reply = message.reply;
  if (message.headers) {
    const { status, description, entries } = message.headers;
    wire.headers = {
      entries,
      ...(status === undefined ? {} : { status }),
      ...(description === undefined ? {} : { description }),
    };
  }
  return wire;
}

const dec = new TextDecoder();

/** A message from another tab, checked, with `text()` and `json()` again; undefined if it is not one. */
export function fromWireMessage(data: unknown, publish: Responder): NatsMessage | undefined {
  const result = v.safeParse(wireMessageSchema, data);
  if (!result.success) return undefined;
  const { subject, reply, headers, data: payload } = result.output;
  return {
    subject,
    reply,
    headers: headers
      ? fromFrameHeaders({
          status: headers.status,
          description: headers.description,
          entries: headers.entries,
        })
      : undefined,
    data: payload,
    sid: 0, // the leader's SUB has its own sid
    respond: (body, options) => (reply === undefined ? false : publish(reply, body, options)),
    text: () => dec.decode(payload),
    json: <T>() => JSON.parse(dec.decode(payload)) as T,
  };
}
