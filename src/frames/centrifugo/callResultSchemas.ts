import * as v from 'valibot';
import { clientInfoSchema } from './clientInfoSchema.ts';
import { jsonValueSchema, offsetSchema, uint32Schema } from './primitives.ts';
import { publicationSchema } from './publicationSchema.ts';

/** `{}` replies: unsubscribe and publish results carry nothing. */
export const emptyResultSchema = v.object({});

/** `RPCResult`. */
export const rpcResultSchema = v.object({ data: v.optional(jsonValueSchema) });

/** `HistoryResult`. */
export const historyResultSchema = v.object({
  publications: v.optional(v.array(publicationSchema), []),
  epoch: v.optional(v.string(), ''),
  offset: v.optional(offsetSchema, 0),
});

/** `PresenceResult`: client id → info. */
export const presenceResultSchema = v.object({
  presence: v.optional(v.record(v.string(), clientInfoSchema), {}),
});

/** `PresenceStatsResult`. */
export const presenceStatsResultSchema = v.object({
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
