import * as v from 'valibot';
import { wideObjectSchema } from '../objectSchemas.ts';
import { clientInfoSchema } from './clientInfoSchema.ts';
import { jsonValueSchema, offsetSchema, stringMapSchema } from './primitives.ts';

/** `Publication`: in pub pushes, subscribe recovery and history replies. */
export const publicationSchema = wideObjectSchema({
  data: v.optional(jsonValueSchema),
  info: v.optional(clientInfoSchema),
  offset: v.optional(offsetSchema),
  tags: v.optional(stringMapSchema),
  delta: v.optional(v.boolean()),
  time: v.optional(offsetSchema),
  channel: v.optional(v.string()),
  key: v.optional(v.string()),
  removed: v.optional(v.boolean()),
  epoch: v.optional(v.string()),
});

/** A validated publication. */
export type Publication = v.InferOutput<typeof publicationSchema>;
