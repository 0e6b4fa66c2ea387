import * as v from 'valibot';
import { objectSchema, recordSchema } from '../objectSchemas.ts';
import { clientInfoSchema } from './clientInfoSchema.ts';
import { jsonValueSchema, offsetSchema, uint32Schema } from './primitives.ts';
import { publicationSchema } from './publicationSchema.ts';

/** `{}` replies: unsubscribe and publish results carry nothing. */
export const emptyResultSchema = objectSchema({});

/** `RPCResult`. */
export const rpcResultSchema = objectSchema({ data: v.optional(jsonValueSchema) });

/** `HistoryResult`. */
export const historyResultSchema = objectSchema({
  publications: v.optional(v.array(publicationSchema), []),
  epoch: v.optional(v.string(), ''),
  offset: v.optional(offsetSchema, 0),
});

/** `PresenceResult`: client id → info. */
export const presenceResultSchema = objectSchema({
  presence: v.optional(recordSchema(clientInfoSchema), {}),
});

/** `PresenceStatsResult`. */
export const presenceStatsResultSchema = objectSchema({
  num_clients: v.optional(uint32Schema, 0),
  num_users: v.optional(uint32Schema, 0),
});

/** A validated history result. */
export type HistoryResult = v.InferOutput<typeof historyResultSchema>;
/** A validated presence result. */
export type PresenceResult = v.InferOutput<typeof presenceResultSchema>;
/** A validated presence stats result. */
export type PresenceStatsResult = v.InferOutput<typeof presenceStatsResultSchema>;
/** A validated rpc result. */
export type RpcResult = v.InferOutput<typeof rpcResultSchema>;
