import * as v from 'valibot';
import { objectSchema } from '../objectSchemas.ts';
import { jsonValueSchema } from './primitives.ts';

/** `ClientInfo` of publications, join/leave pushes and presence. */
export const clientInfoSchema = objectSchema({
  user: v.optional(v.string(), ''),
  client: v.optional(v.string(), ''),
  conn_info: v.optional(jsonValueSchema),
  chan_info: v.optional(jsonValueSchema),
});

/** A validated `ClientInfo`. */
export type ClientInfo = v.InferOutput<typeof clientInfoSchema>;
