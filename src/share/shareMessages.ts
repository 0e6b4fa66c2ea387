import * as v from 'valibot';

/** Protocol version of the messages between tabs; a tab with another version is ignored. */
export const SHARE_PROTOCOL = 1;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const channel = v.pipe(v.string(), v.maxLength(10_000));
const nullableNumber = v.nullable(v.number());
const nullableString = v.nullable(v.string());

/** The connection status a leader mirrors to its followers (the shape of `ConnectionStatus`). */
const connectionStatus = v.object({
  state: v.picklist(['idle', 'connecting', 'connected', 'reconnecting', 'closed']),
  phase: nullableString,
  attempt: v.number(),
  nextRetryAt: nullableNumber,
  lastCode: nullableNumber,
  lastReason: nullableString,
  rule: nullableString,
  terminal: v.boolean(),
  canRetryNow: v.boolean(),
  redirectTarget: nullableString,
  // NATS adds these (NatsStatus); other protocols leave them out.
  server: v.optional(nullableString),
  lameDuck: v.optional(v.boolean()),
  servers: v.optional(v.array(v.string())),
  // Centrifugo adds these (CentrifugoStatus): the transport in use and the last fallback.
  transport: v.optional(v.picklist(['websocket', 'http_stream', 'sse'])),
  transportFallback: v.optional(
    v.nullable(
      v.object({
        from: v.picklist(['websocket', 'http_stream', 'sse']),
        to: v.picklist(['websocket', 'http_stream', 'sse']),
        reason: v.pipe(v.string(), v.maxLength(10_000)),
      }),
    ),
  ),
});

/** A subscription status as a leader mirrors it (the shape of `SubscriptionStatus`). */
const subscriptionStatus = v.object({
  state: v.picklist(['unsubscribed', 'subscribing', 'subscribed']),
  phase: nullableString,
  attempt: v.number(),
  nextRetryAt: nullableNumber,
  lastCode: nullableNumber,
  lastReason: nullableString,
  rule: nullableString,
  channel,
  terminal: v.boolean(),
  canRetryNow: v.boolean(),
  position: v.unknown(),
  wasRecovering: v.boolean(),
  recovered: v.boolean(),
});

/** What a follower may ask for a channel: the serialisable subscription options. */
const subscribeOptions = v.object({
  data: v.optional(v.unknown()),
  token: v.optional(v.string()),
  since: v.optional(v.object({ offset: v.number(), epoch: v.string() })),
  positioned: v.optional(v.boolean()),
  recoverable: v.optional(v.boolean()),
  joinLeave: v.optional(v.boolean()),
  /** NATS queue group. */
  queue: v.optional(v.string()),
});

const base = { v: v.literal(SHARE_PROTOCOL), from: id, to: v.optional(id) };

/** Every message between tabs, by `type`. Followers send the first group, the leader the second. */
export const shareMessageSchema = v.variant('type', [
  // follower -> leader
  v.object({
    ...base,
    type: v.literal('hello'),
    want: v.boolean(),
    subs: v.array(v.object({ channel, options: subscribeOptions })),
  }),
  v.object({ ...base, type: v.literal('sub'), channel, options: subscribeOptions }),
  v.object({ ...base, type: v.literal('unsub'), channel }),
  v.object({
    ...base,
    type: v.literal('control'),
    action: v.picklist(['connect', 'disconnect', 'retryNow', 'subRetryNow', 'setToken']),
    channel: v.optional(channel),
    token: v.optional(v.string()),
  }),
  v.object({
    ...base,
    type: v.literal('call'),
    id: v.number(),
    method: v.picklist([
      'publish',
      'rpc',
      'history',
      'presence',
      'presenceStats',
      'send',
      'request',
      'flush',
      'drain',
    ]),
    args: v.array(v.unknown()),
  }),
  v.object({ ...base, type: v.literal('bye') }),
  // leader -> followers
  v.object({ ...base, type: v.literal('leader') }),
  v.object({ ...base, type: v.literal('status'), status: connectionStatus }),
  v.object({ ...base, type: v.literal('subStatus'), channel, status: subscriptionStatus }),
  v.object({
    ...base,
    type: v.literal('event'),
    channel: v.optional(channel),
    name: v.picklist([
      'publication',
      'join',
      'leave',
      'error',
      'subscribed',
      'unrecovered',
      'subscribing',
      'unsubscribed',
      'connected',
      'message',
    ]),
    event: v.unknown(),
  }),
  v.object({
    ...base,
    type: v.literal('result'),
    id: v.number(),
    ok: v.boolean(),
    value: v.optional(v.unknown()),
    error: v.optional(
      v.object({
        name: v.string(),
        message: v.string(),
        code: v.optional(v.unknown()),
        temporary: v.optional(v.boolean()),
        origin: v.optional(v.string()),
      }),
    ),
  }),
]);

/** A message between tabs. */
export type ShareMessage = v.InferOutput<typeof shareMessageSchema>;
/** A serialisable subscription request. */
export type ShareSubscribeOptions = v.InferOutput<typeof subscribeOptions>;
/** An error as it crosses from the leader to a follower. */
export type ShareWireError = NonNullable<Extract<ShareMessage, { type: 'result' }>['error']>;
/** A call a follower forwards. */
export type ShareCallMethod = Extract<ShareMessage, { type: 'call' }>['method'];
/** An event name a leader forwards. */
export type ShareEventName = Extract<ShareMessage, { type: 'event' }>['name'];

/** A message without the fields every message has (the link adds them). */
export type ShareMessageBody = ShareMessage extends infer M
  ? M extends ShareMessage
    ? Omit<M, 'v' | 'from'>
    : never
  : never;

/**
 * Checks a message from another tab. Never throws: anything that is not a message of this
 * protocol (another app's post, a garbled or hostile one) comes back as the list of problems.
 */
export function decodeShareMessage(
  data: unknown,
): { ok: true; message: ShareMessage } | { ok: false; problems: string } {
  const result = v.safeParse(shareMessageSchema, data);
  if (result.success) return { ok: true, message: result.output };
  const problems = result.issues
    .slice(0, 3)
    .map((issue) => `${v.getDotPath(issue) ?? '(message)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problems };
}
