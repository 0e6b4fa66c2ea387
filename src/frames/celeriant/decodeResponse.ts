import type { Decoder } from '@msgpack/msgpack';
import * as v from 'valibot';
import { CeleriantFrameError, type FrameResult, frameFail, frameOk } from './celeriantFrameError.ts';
import { type ResponseKind, responseKindOf } from './messageTypes.ts';
import {
  AggregateDetailsResponseSchema,
  ErrorResponseSchema,
  IdentifyResponseSchema,
  ListAggregatesResponseSchema,
  ListAggregateTypesResponseSchema,
  ListOrgsResponseSchema,
  ReadResponseSchema,
  WatchResponseSchema,
  WriteResponseSchema,
} from './responseSchemas.ts';

const SCHEMAS = {
  error: ErrorResponseSchema,
  identify: IdentifyResponseSchema,
  write: WriteResponseSchema,
  read: ReadResponseSchema,
  watch: WatchResponseSchema,
  aggregateDetails: AggregateDetailsResponseSchema,
  listOrgs: ListOrgsResponseSchema,
  listAggregateTypes: ListAggregateTypesResponseSchema,
  listAggregates: ListAggregatesResponseSchema,
} as const;

type Schemas = typeof SCHEMAS;

/** A decoded, validated response: `kind` names it, `body` holds its named fields. */
export type CeleriantResponse = {
  [K in keyof Schemas]: { kind: K; body: v.InferOutput<Schemas[K]> };
}[keyof Schemas];

/** The validated body of one response kind. */
export type ResponseBody<K extends keyof Schemas> = v.InferOutput<Schemas[K]>;

function isReadable(kind: ResponseKind): kind is keyof Schemas {
  return kind in SCHEMAS;
}

/**
 * Decodes one response body (MessagePack) and validates it against its schema.
 * Unknown type ids, invalid MessagePack and schema mismatches come back as typed errors.
 */
export function decodeResponse(
  decoder: Decoder,
  typeId: number,
  body: Uint8Array,
): FrameResult<CeleriantResponse> {
  const kind = responseKindOf(typeId);
  if (kind === undefined || !isReadable(kind)) {
    return frameFail('unknown-message-type', `Response type ${typeId} is not one codestate reads.`);
  }
  let raw: unknown;
  try {
    raw = decoder.decode(body);
  } catch (error) {
    if (error instanceof CeleriantFrameError) return { ok: false, error };
    return frameFail('malformed-body', `The ${kind} response body is not valid MessagePack.`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  const parsed = v.safeParse(SCHEMAS[kind], raw);
  if (!parsed.success) {
    return frameFail(
      'invalid-response',
      `The ${kind} response does not match its schema.`,
      parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
    );
  }
  return frameOk({ kind, body: parsed.output } as CeleriantResponse);
}
