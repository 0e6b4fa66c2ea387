import * as v from 'valibot';
import { objectSchema, wideObjectSchema } from '../objectSchemas.ts';
import { clientInfoSchema } from './clientInfoSchema.ts';
import { connectResultSchema } from './connectResultSchema.ts';
import { jsonValueSchema, uint32Schema } from './primitives.ts';
import { publicationSchema } from './publicationSchema.ts';
import { refreshResultSchema } from './refreshResultSchema.ts';
import { subscribeResultSchema } from './subscribeResultSchema.ts';

/** `Disconnect` push body. `reconnect` exists in the proto but 5.x clients ignore it (spec §2a). */
export const disconnectSchema = objectSchema({
  code: uint32Schema,
  reason: v.optional(v.string(), ''),
  reconnect: v.optional(v.boolean()),
});

/** `Unsubscribe` push body. */
export const unsubscribeSchema = objectSchema({
  code: uint32Schema,
  reason: v.optional(v.string(), ''),
});

/** `Join` / `Leave` push body. */
export const presenceChangeSchema = objectSchema({ info: clientInfoSchema });

/** `Message` push body (async message). */
export const messageSchema = objectSchema({ data: v.optional(jsonValueSchema) });

/**
 * `Push` (spec §7): a channel (or a compacted channel `id`) and exactly one body. Unknown bodies
 * are kept out of the output so a newer server never breaks this client.
 */
export const pushSchema = wideObjectSchema({
  channel: v.optional(v.string(), ''),
  id: v.optional(uint32Schema),
  pub: v.optional(publicationSchema),
  join: v.optional(presenceChangeSchema),
  leave: v.optional(presenceChangeSchema),
  unsubscribe: v.optional(unsubscribeSchema),
  message: v.optional(messageSchema),
  subscribe: v.optional(subscribeResultSchema),
  connect: v.optional(connectResultSchema),
  disconnect: v.optional(disconnectSchema),
  refresh: v.optional(refreshResultSchema),
});

/** A validated push envelope. */
export type PushEnvelope = v.InferOutput<typeof pushSchema>;
