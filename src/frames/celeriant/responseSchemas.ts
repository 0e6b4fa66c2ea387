import * as v from 'valibot';
import {
  IdSchema,
  OptionalBytesSchema,
  OptionalIdSchema,
  OptionalU64Schema,
  U64Schema,
} from './primitives.ts';

// Every response is a positional MessagePack array in field order (spec §1.4). `v.tuple` drops
// trailing fields a newer server may add, so an additive server change does not break decoding.
// Shapes marked [UNVERIFIED] are not spelled out in the spec note; they follow its field lists.

/** ErrorResponse (type 7): `[correlation_id?, error_code u32, error_message]` (spec §1.6). */
export const ErrorResponseSchema = v.pipe(
  v.tuple([OptionalIdSchema, v.pipe(v.number(), v.safeInteger(), v.minValue(0)), v.string()]),
  v.transform(([correlationId, code, message]) => ({ correlationId, code, message })),
);

/** IdentifyResponse (type 16): `[correlation_id?, client_id?, access_level?, dict_sha256?, dict_bytes?]` (spec §1.7). */
export const IdentifyResponseSchema = v.pipe(
  v.tuple([
    OptionalIdSchema,
    OptionalIdSchema,
    v.nullish(v.picklist([1, 2])),
    v.nullish(v.union([v.string(), v.instance(Uint8Array)])),
    OptionalBytesSchema,
  ]),
  v.transform(([correlationId, clientId, accessLevel, dictSha256, dictBytes]) => ({
    correlationId,
    clientId,
    accessLevel:
      accessLevel === 1 ? ('read-write' as const) : accessLevel === 2 ? ('read-only' as const) : null,
    dictSha256: dictSha256 ?? null,
    dictBytes,
  })),
);

/** WriteResponse (type 3): `[correlation_id?, ...]`; later fields are kept raw [UNVERIFIED]. */
export const WriteResponseSchema = v.pipe(
  v.looseTuple([OptionalIdSchema]),
  v.transform(([correlationId, ...rest]) => ({ correlationId, fields: rest as unknown[] })),
);

/** One stored event: `[client_seq, event_seq, event_id?, timestamp, major, minor, value, iv?]` (spec §1.4). */
export const EventSchema = v.pipe(
  v.tuple([
    U64Schema,
    U64Schema,
    OptionalIdSchema,
    U64Schema,
    U64Schema,
    U64Schema,
    v.instance(Uint8Array),
    OptionalBytesSchema,
  ]),
  v.transform(([clientSeq, eventSeq, eventId, timestamp, typeMajor, typeMinor, value, iv]) => ({
    clientSeq,
    eventSeq,
    eventId,
    timestamp,
    typeMajor,
    typeMinor,
    value,
    iv,
  })),
);

/** One batch of a read: `[aggregate_version, client_id, user_id?, server_timestamp, events[]]`. */
export const EventBatchSchema = v.pipe(
  v.tuple([U64Schema, IdSchema, OptionalIdSchema, U64Schema, v.array(EventSchema)]),
  v.transform(([aggregateVersion, clientId, userId, serverTimestamp, events]) => ({
    aggregateVersion,
    clientId,
    userId,
    serverTimestamp,
    events,
  })),
);

/** ReadResponse (type 2): `[correlation_id?, event_batches[], next_aggregate_version?]` (spec §1.4). */
export const ReadResponseSchema = v.pipe(
  v.tuple([OptionalIdSchema, v.array(EventBatchSchema), OptionalU64Schema]),
  v.transform(([correlationId, batches, nextAggregateVersion]) => ({
    correlationId,
    batches,
    nextAggregateVersion,
  })),
);

/** Watch operation codes (spec §1.4). */
export const WATCH_OPERATIONS = ['delete', 'write', 'read', 'trim-start', 'details', 'create'] as const;

/** One watch notification: `[org, type, aggregate, operation u8, from?, to?, keep_from?]`. */
export const WatchEventSchema = v.pipe(
  v.tuple([
    IdSchema,
    IdSchema,
    IdSchema,
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
    OptionalU64Schema,
    OptionalU64Schema,
    OptionalU64Schema,
  ]),
  v.transform(([org, type, aggregate, op, from, to, keepFrom]) => ({
    org,
    type,
    aggregate,
    operation: WATCH_OPERATIONS[op] ?? ('unknown' as const),
    fromVersion: from,
    toVersion: to,
    keepFromVersion: keepFrom,
  })),
);

/** WatchResponse (type 8): `[events[]]`; empty = subscription ack or heartbeat (spec §3.1). */
export const WatchResponseSchema = v.pipe(
  v.tuple([v.array(WatchEventSchema)]),
  v.transform(([events]) => ({ events })),
);

/** AggregateDetailsResponse (type 1): `[correlation_id?, ...]`; later fields kept raw [UNVERIFIED]. */
export const AggregateDetailsResponseSchema = v.pipe(
  v.looseTuple([OptionalIdSchema]),
  v.transform(([correlationId, ...rest]) => ({ correlationId, fields: rest as unknown[] })),
);

/** ListOrgsResponse (type 9): `[correlation_id?, org_ids[]]` [UNVERIFIED]. */
export const ListOrgsResponseSchema = v.pipe(
  v.tuple([OptionalIdSchema, v.array(IdSchema)]),
  v.transform(([correlationId, orgs]) => ({ correlationId, orgs })),
);

/** ListAggregateTypesResponse (type 10): `[correlation_id?, type_ids[]]` [UNVERIFIED]. */
export const ListAggregateTypesResponseSchema = v.pipe(
  v.tuple([OptionalIdSchema, v.array(IdSchema)]),
  v.transform(([correlationId, types]) => ({ correlationId, types })),
);

/** One AggregateListItem: `[aggregate_id, max_aggregate_version, max_server_timestamp]` (spec §3.3). */
export const AggregateListItemSchema = v.pipe(
  v.tuple([IdSchema, U64Schema, U64Schema]),
  v.transform(([aggregate, maxAggregateVersion, maxServerTimestamp]) => ({
    aggregate,
    maxAggregateVersion,
    maxServerTimestamp,
  })),
);

/** ListAggregatesResponse (type 11): `[correlation_id?, items[]]` [UNVERIFIED]. */
export const ListAggregatesResponseSchema = v.pipe(
  v.tuple([OptionalIdSchema, v.array(AggregateListItemSchema)]),
  v.transform(([correlationId, items]) => ({ correlationId, items })),
);
