import * as v from 'valibot';
import { objectSchema } from '../objectSchemas.ts';
import { uint32Schema } from './primitives.ts';

/** `RefreshResult` (connection token) and `SubRefreshResult` share `{expires, ttl}`. */
export const refreshResultSchema = objectSchema({
  client: v.optional(v.string(), ''),
  version: v.optional(v.string(), ''),
  expires: v.optional(v.boolean(), false),
  ttl: v.optional(uint32Schema, 0),
});

/** A validated refresh or sub_refresh result. */
export type RefreshResult = v.InferOutput<typeof refreshResultSchema>;
