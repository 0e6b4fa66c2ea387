import * as v from 'valibot';
import { objectSchema } from '../objectSchemas.ts';
import { uint32Schema } from './primitives.ts';

/** `Reply.error`: `{code, message, temporary?}` (spec §4). */
export const replyErrorSchema = objectSchema({
  code: uint32Schema,
  message: v.optional(v.string(), ''),
  temporary: v.optional(v.boolean(), false),
});

/** A validated reply error. */
export type ReplyError = v.InferOutput<typeof replyErrorSchema>;
