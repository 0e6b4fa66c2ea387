import * as v from 'valibot';
import { objectSchema, recordSchema } from '../objectSchemas.ts';
import { jsonValueSchema, offsetSchema, uint32Schema } from './primitives.ts';
import { subscribeResultSchema } from './subscribeResultSchema.ts';

/**
 * `ConnectResult` (spec §7): `ping` is the server's ping interval in seconds and `pong: true`
 * means the client must answer each ping with `{}`; `expires`/`ttl` schedule a token refresh.
 */
export const connectResultSchema = objectSchema({
  client: v.optional(v.string(), ''),
  version: v.optional(v.string(), ''),
  expires: v.optional(v.boolean(), false),
  ttl: v.optional(uint32Schema, 0),
  data: v.optional(jsonValueSchema),
  subs: v.optional(recordSchema(subscribeResultSchema)),
  ping: v.optional(uint32Schema, 0),
  pong: v.optional(v.boolean(), false),
  session: v.optional(v.string()),
  node: v.optional(v.string()),
  time: v.optional(offsetSchema),
  flag: v.optional(offsetSchema),
});

/** A validated connect result. */
export type ConnectResult = v.InferOutput<typeof connectResultSchema>;
