import * as v from 'valibot';
import { wideObjectSchema } from '../objectSchemas.ts';
import {
  emptyResultSchema,
  historyResultSchema,
  presenceResultSchema,
  presenceStatsResultSchema,
  rpcResultSchema,
} from './callResultSchemas.ts';
import { connectResultSchema } from './connectResultSchema.ts';
import { uint32Schema } from './primitives.ts';
import { pushSchema } from './pushSchema.ts';
import { refreshResultSchema } from './refreshResultSchema.ts';
import { replyErrorSchema } from './replyErrorSchema.ts';
import { subscribeResultSchema } from './subscribeResultSchema.ts';

/**
 * `Reply` (spec §7), the only thing a Centrifugo server sends: `id > 0` answers a command,
 * no id with `push` is a push, no id and no push (`{}`) is a ping.
 */
export const replySchema = wideObjectSchema({
  id: v.optional(uint32Schema, 0),
  error: v.optional(replyErrorSchema),
  push: v.optional(pushSchema),
  connect: v.optional(connectResultSchema),
  subscribe: v.optional(subscribeResultSchema),
  unsubscribe: v.optional(emptyResultSchema),
  publish: v.optional(emptyResultSchema),
  presence: v.optional(presenceResultSchema),
  presence_stats: v.optional(presenceStatsResultSchema),
  history: v.optional(historyResultSchema),
  ping: v.optional(emptyResultSchema),
  rpc: v.optional(rpcResultSchema),
  refresh: v.optional(refreshResultSchema),
  sub_refresh: v.optional(refreshResultSchema),
});

/** A validated reply envelope. */
export type ReplyEnvelope = v.InferOutput<typeof replySchema>;
