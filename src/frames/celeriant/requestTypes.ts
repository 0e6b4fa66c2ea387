import type { CeleriantIdInput } from './celeriantId.ts';

/** An unsigned 64-bit value: a safe integer number or a bigint. */
export type U64Input = number | bigint;

/** One event to append. */
export interface EventInput {
  /** The writer's sequence number; resend the same value when retrying (idempotency). */
  clientSeq: U64Input;
  /** Per-write event index; defaults to the event's position in the list. */
  eventSeq?: U64Input;
  /** Optional u128 event id. */
  eventId?: CeleriantIdInput;
  /** Event time in epoch ms; defaults to now. */
  timestamp?: number;
  /** Event type major version; 0 is reserved (2001). */
  typeMajor: U64Input;
  /** Event type minor version; defaults to 0. */
  typeMinor?: U64Input;
  /** The payload bytes. */
  value: Uint8Array;
  /** Optional 12-byte IV for encrypted payloads. */
  iv?: Uint8Array;
}

/** The events for one aggregate inside a write. */
export interface AggregateWrite {
  org: CeleriantIdInput;
  type: CeleriantIdInput;
  aggregate: CeleriantIdInput;
  events: readonly EventInput[];
  /** Create the aggregate if it does not exist (else 2005). Default false. */
  allowCreate?: boolean;
  /** Optimistic concurrency: the version the aggregate must be at (else 2003). */
  expectedVersion?: U64Input;
  /** Reject a repeated `(clientId, clientSeq)` as 2002/2013. Default true: retries depend on it. */
  enforceClientIdempotency?: boolean;
}

/** A WriteRequest (type 3). */
export interface WriteInput {
  correlationId?: CeleriantIdInput;
  clientId: CeleriantIdInput;
  userId?: CeleriantIdInput;
  writes: readonly AggregateWrite[];
}

/** A ReadRequest (type 2) for one aggregate, from a version on [shape UNVERIFIED]. */
export interface ReadInput {
  correlationId?: CeleriantIdInput;
  org: CeleriantIdInput;
  type: CeleriantIdInput;
  aggregate: CeleriantIdInput;
  /** First aggregate version to return (1-based); defaults to 1. */
  fromVersion?: U64Input;
  /** Most batches in one page; the server decides when absent. */
  limit?: number;
}

/** An AggregateDetailsRequest (type 1) [shape UNVERIFIED]. */
export interface AggregateDetailsInput {
  correlationId?: CeleriantIdInput;
  org: CeleriantIdInput;
  type: CeleriantIdInput;
  aggregate: CeleriantIdInput;
}

/** An aggregate key `[org, type, id]`. */
export interface AggregateKeyInput {
  org: CeleriantIdInput;
  type: CeleriantIdInput;
  aggregate: CeleriantIdInput;
}

/** A WatchRequest (type 6): scope filters and optional explicit shard (spec §1.4, §3.1). */
export interface WatchInput {
  correlationId?: CeleriantIdInput;
  /** Coalescing cap in ms; above the server's max (2000) the watch fails with 8001. */
  requestedLatencyMs?: number;
  /** Explicit shard; set by the fan-out after a 9001/9002 probe. */
  shardId?: number;
  orgs?: readonly CeleriantIdInput[];
  aggregateTypes?: readonly CeleriantIdInput[];
  aggregates?: readonly AggregateKeyInput[];
  /** Operation codes 0..5 to keep (delete, write, read, trim-start, details, create). */
  operationTypes?: readonly number[];
}

/** An IdentifyRequest (type 14) in API-key mode (spec §1.7). */
export interface IdentifyInput {
  correlationId?: CeleriantIdInput;
  /** base64 of 32 raw bytes. */
  apiKey?: string;
}

/** List requests (types 7, 8, 9) [shapes UNVERIFIED]. */
export interface ListInput {
  correlationId?: CeleriantIdInput;
  org?: CeleriantIdInput;
  type?: CeleriantIdInput;
}
