import type { Encoder } from '@msgpack/msgpack';
import { CeleriantFrameError } from './celeriantFrameError.ts';
import { type CeleriantIdInput, idToBytes } from './celeriantId.ts';
import { encodeHeader } from './header.ts';
import { REQUEST_TYPE, type RequestKind } from './messageTypes.ts';
import { concatBytes, encodeArrayKeyedMap, encodeTupleWithTail } from './msgpackCodec.ts';
import type {
  AggregateDetailsInput,
  EventInput,
  IdentifyInput,
  ListInput,
  ReadInput,
  U64Input,
  WatchInput,
  WriteInput,
} from './requestTypes.ts';

const optId = (id: CeleriantIdInput | undefined): Uint8Array | null =>
  id === undefined ? null : idToBytes(id);

function u64(value: U64Input, field: string): number | bigint {
  if (typeof value === 'bigint' ? value >= 0n : Number.isSafeInteger(value) && value >= 0) return value;
  throw new CeleriantFrameError(
    'invalid-input',
    `${field} must be an unsigned integer; got ${String(value)}.`,
  );
}

function eventTuple(event: EventInput, index: number): unknown[] {
  return [
    u64(event.clientSeq, 'clientSeq'),
    u64(event.eventSeq ?? index, 'eventSeq'),
    optId(event.eventId),
    u64(event.timestamp ?? Date.now(), 'timestamp'),
    u64(event.typeMajor, 'typeMajor'),
    u64(event.typeMinor ?? 0, 'typeMinor'),
    event.value,
    event.iv ?? null,
  ];
}

/** Builds the MessagePack body of each request kind, in the server's field order (spec §1.4). */
function encodeBody(encoder: Encoder, kind: RequestKind, input: unknown): Uint8Array {
  switch (kind) {
    case 'write': {
      const w = input as WriteInput;
      const writes = encodeArrayKeyedMap(
        encoder,
        w.writes.map((a) => [
          [idToBytes(a.org), idToBytes(a.type), idToBytes(a.aggregate)],
          [
            a.events.map(eventTuple),
            a.allowCreate ?? false,
            a.expectedVersion === undefined ? null : u64(a.expectedVersion, 'expectedVersion'),
            a.enforceClientIdempotency ?? true,
          ],
        ]),
      );
      return encodeTupleWithTail(
        encoder,
        [optId(w.correlationId), idToBytes(w.clientId), optId(w.userId)],
        writes,
      );
    }
    case 'read': {
      const r = input as ReadInput;
      return encoder.encode([
        optId(r.correlationId),
        idToBytes(r.org),
        idToBytes(r.type),
        idToBytes(r.aggregate),
        u64(r.fromVersion ?? 1, 'fromVersion'),
        r.limit === undefined ? null : u64(r.limit, 'limit'),
      ]);
    }
    case 'aggregateDetails': {
      const d = input as AggregateDetailsInput;
      return encoder.encode([
        optId(d.correlationId),
        idToBytes(d.org),
        idToBytes(d.type),
        idToBytes(d.aggregate),
      ]);
    }
    case 'watch': {
      const w = input as WatchInput;
      return encoder.encode([
        optId(w.correlationId),
        w.requestedLatencyMs === undefined ? null : u64(w.requestedLatencyMs, 'requestedLatencyMs'),
        w.shardId === undefined ? null : u64(w.shardId, 'shardId'),
        w.orgs ? w.orgs.map(idToBytes) : null,
        w.aggregateTypes ? w.aggregateTypes.map(idToBytes) : null,
        w.aggregates
          ? w.aggregates.map((k) => [idToBytes(k.org), idToBytes(k.type), idToBytes(k.aggregate)])
          : null,
        w.operationTypes ? [...w.operationTypes] : null,
      ]);
    }
    case 'identify': {
      const i = input as IdentifyInput;
      return encoder.encode([optId(i.correlationId), null, null, null, i.apiKey ?? null, null]);
    }
    case 'listOrgs':
    case 'listAggregateTypes':
    case 'listAggregates': {
      const l = input as ListInput;
      return encoder.encode([optId(l.correlationId), optId(l.org), optId(l.type)]);
    }
    default:
      throw new CeleriantFrameError('invalid-input', `codestate does not send ${kind} requests.`);
  }
}

/** Inputs by request kind. */
export interface RequestInputs {
  write: WriteInput;
  read: ReadInput;
  aggregateDetails: AggregateDetailsInput;
  watch: WatchInput;
  identify: IdentifyInput;
  listOrgs: ListInput;
  listAggregateTypes: ListInput;
  listAggregates: ListInput;
}

/**
 * Encodes one request as a whole frame (header + MessagePack body).
 * @throws CeleriantFrameError (`invalid-input` or `too-large`) for a request the server would refuse.
 */
export function encodeRequest<K extends keyof RequestInputs>(
  encoder: Encoder,
  kind: K,
  input: RequestInputs[K],
  maxRequestSize: number,
): Uint8Array {
  const body = encodeBody(encoder, kind, input);
  if (body.byteLength > maxRequestSize) {
    throw new CeleriantFrameError(
      'too-large',
      `The ${kind} request is ${body.byteLength} bytes; the limit is ${maxRequestSize}.`,
    );
  }
  return concatBytes([encodeHeader(REQUEST_TYPE[kind], body.byteLength), body]);
}
