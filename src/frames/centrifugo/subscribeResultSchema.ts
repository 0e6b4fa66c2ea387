import * as v from 'valibot';
import { objectSchema } from '../objectSchemas.ts';
import { jsonValueSchema, offsetSchema, uint32Schema } from './primitives.ts';
import { publicationSchema } from './publicationSchema.ts';

/**
 * `SubscribeResult`: the subscribe reply, and the body of a server-side `subscribe` push.
 * `recovered`, `was_recovering` and friends are omitted by the server when false.
 */
export const subscribeResultSchema = objectSchema({
  expires: v.optional(v.boolean(), false),
  ttl: v.optional(uint32Schema, 0),
  recoverable: v.optional(v.boolean(), false),
  epoch: v.optional(v.string()),
  publications: v.optional(v.array(publicationSchema), []),
  recovered: v.optional(v.boolean(), false),
  offset: v.optional(offsetSchema),
  positioned: v.optional(v.boolean(), false),
  data: v.optional(jsonValueSchema),
  was_recovering: v.optional(v.boolean(), false),
  delta: v.optional(v.boolean(), false),
  id: v.optional(uint32Schema),
});

/** A validated subscribe result. */
export type SubscribeResult = v.InferOutput<typeof subscribeResultSchema>;
