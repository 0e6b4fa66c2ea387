import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** `{"error":{"code":404,"err_code":10059,"description":"stream not found"}}` */
export const JsApiErrorSchema = v.looseObject({
  code: v.optional(v.number()),
  err_code: v.optional(v.number()),
  description: v.optional(v.string()),
});

/** Any JetStream API reply: an `error`, or the fields of the call's own schema. */
export const JsApiReplySchema = v.looseObject({ error: v.optional(JsApiErrorSchema) });

/** A publish acknowledgement (`PubAck`). */
export const PubAckSchema = v.looseObject({
  stream: v.string(),
  seq: count,
  duplicate: v.optional(v.boolean()),
  domain: v.optional(v.string()),
});
/** A publish acknowledgement: the stream that stored the message and its sequence there. */
export type PubAck = v.InferOutput<typeof PubAckSchema>;

/** The state part of a stream info. */
const StreamStateSchema = v.looseObject({
  messages: count,
  bytes: count,
  first_seq: count,
  last_seq: count,
  consumer_count: count,
});

/** `$JS.API.STREAM.INFO` / `CREATE` / `UPDATE` reply. */
export const StreamInfoSchema = v.looseObject({
  config: v.looseObject({ name: v.string(), subjects: v.optional(v.array(v.string())) }),
  state: StreamStateSchema,
  created: v.optional(v.string()),
});
/** What the server says about a stream. */
export type StreamInfo = v.InferOutput<typeof StreamInfoSchema>;

const SequenceInfoSchema = v.looseObject({ consumer_seq: count, stream_seq: count });

/** `$JS.API.CONSUMER.INFO` / `CREATE` reply. */
export const ConsumerInfoSchema = v.looseObject({
  stream_name: v.string(),
  name: v.string(),
  config: v.looseObject({
    durable_name: v.optional(v.string()),
    ack_policy: v.optional(v.string()),
    deliver_subject: v.optional(v.string()),
  }),
  delivered: SequenceInfoSchema,
  ack_floor: SequenceInfoSchema,
  num_pending: count,
  num_ack_pending: count,
  num_waiting: v.optional(count),
});
/** What the server says about a consumer. */
export type ConsumerInfo = v.InferOutput<typeof ConsumerInfoSchema>;

/** `$JS.API.STREAM.DELETE` / `CONSUMER.DELETE` reply. */
export const SuccessSchema = v.looseObject({ success: v.boolean() });

/** `$JS.API.INFO` reply (account usage and limits). */
export const AccountInfoSchema = v.looseObject({
  memory: count,
  storage: count,
  streams: count,
  consumers: count,
});
/** The account's JetStream usage. */
export type AccountInfo = v.InferOutput<typeof AccountInfoSchema>;

/** `$JS.API.DIRECT.GET` is not used; `STREAM.MSG.GET` replies carry the message base64-encoded. */
export const StoredMessageSchema = v.looseObject({
  message: v.looseObject({
    subject: v.string(),
    seq: count,
    data: v.optional(v.string()),
    hdrs: v.optional(v.string()),
    time: v.string(),
  }),
});
