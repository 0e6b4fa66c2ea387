/** Request message type ids, client → server (spec §1.3). */
export const REQUEST_TYPE = {
  aggregateDetails: 1,
  read: 2,
  write: 3,
  trimStart: 4,
  delete: 5,
  watch: 6,
  listOrgs: 7,
  listAggregateTypes: 8,
  listAggregates: 9,
  registerSchema: 10,
  identify: 14,
} as const;

/** Response message type ids, server → client (spec §1.3). Note: not the same numbers as requests. */
export const RESPONSE_TYPE = {
  aggregateDetails: 1,
  read: 2,
  write: 3,
  trimStart: 4,
  delete: 5,
  protocolError: 6,
  error: 7,
  watch: 8,
  listOrgs: 9,
  listAggregateTypes: 10,
  listAggregates: 11,
  registerSchema: 12,
  identify: 16,
} as const;

/** A request kind the codec can encode. */
export type RequestKind = keyof typeof REQUEST_TYPE;

/** A response kind the codec can decode. */
export type ResponseKind = keyof typeof RESPONSE_TYPE;

const RESPONSE_KIND_BY_ID = new Map<number, ResponseKind>(
  Object.entries(RESPONSE_TYPE).map(([kind, id]) => [id, kind as ResponseKind]),
);

const REQUEST_KIND_BY_ID = new Map<number, RequestKind>(
  Object.entries(REQUEST_TYPE).map(([kind, id]) => [id, kind as RequestKind]),
);

/** The response kind of a message type id, or undefined for ids the protocol does not define. */
export function responseKindOf(typeId: number): ResponseKind | undefined {
  return RESPONSE_KIND_BY_ID.get(typeId);
}

/** The request kind of a message type id (used by servers and test peers). */
export function requestKindOf(typeId: number): RequestKind | undefined {
  return REQUEST_KIND_BY_ID.get(typeId);
}
