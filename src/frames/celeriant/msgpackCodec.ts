import { Decoder, type DecoderOptions, Encoder } from '@msgpack/msgpack';
import { CeleriantFrameError } from './celeriantFrameError.ts';
import { bytesToId } from './celeriantId.ts';
import {
  checkMsgpackBudget,
  DEFAULT_MAX_DECODED_SIZE,
  DEFAULT_MAX_DEPTH,
  type MsgpackBudget,
} from './msgpackBudget.ts';

/**
 * Turns a non-string map key into a string so @msgpack/msgpack can decode it (its default
 * `mapKeyConverter` throws on anything but strings and numbers). Celeriant's array-keyed maps
 * (`AggregateKey = [org, type, id]`, spec §1.4) become `"org:type:id"` in hex, which
 * {@link aggregateKeyString} also produces, so a decoded map is looked up by the same string.
 */
export function celeriantMapKey(key: unknown): string | number {
  if (typeof key === 'string' || typeof key === 'number') return key;
  if (Array.isArray(key)) return key.map(keyPart).join(':');
  return keyPart(key);
}

function keyPart(part: unknown): string {
  if (part instanceof Uint8Array) return bytesToId(part);
  if (typeof part === 'bigint' || typeof part === 'number' || typeof part === 'string') return String(part);
  return JSON.stringify(part) ?? 'null';
}

/** The string form of an aggregate key, as the decoder produces for array keys. */
export function aggregateKeyString(org: Uint8Array, type: Uint8Array, id: Uint8Array): string {
  return [bytesToId(org), bytesToId(type), bytesToId(id)].join(':');
}

/**
 * A Celeriant-configured decoder: u64 values above 2^32 come back as bigint (`useBigInt64`)
 * so nothing loses precision silently, and array map keys are accepted through `mapKeyConverter`.
 * `maxLength` bounds every string, bin, array and map so a lying length prefix cannot allocate, and
 * `budget` bounds nesting and decoded size: every body is scanned first ({@link checkMsgpackBudget})
 * and refused with a {@link CeleriantFrameError} (`too-complex`, `malformed-body`) when it exceeds them.
 */
export function createCeleriantDecoder(maxLength: number, budget: Partial<MsgpackBudget> = {}): Decoder {
  const limits: MsgpackBudget = {
    maxDepth: positiveOr(budget.maxDepth, DEFAULT_MAX_DEPTH),
    maxDecodedSize: positiveOr(budget.maxDecodedSize, DEFAULT_MAX_DECODED_SIZE),
  };
  return new BudgetedDecoder(limits, {
    useBigInt64: true,
    mapKeyConverter: celeriantMapKey,
    maxStrLength: maxLength,
    maxBinLength: maxLength,
    maxArrayLength: maxLength,
    maxMapLength: maxLength,
    maxExtLength: maxLength,
  });
}

/** A Decoder that refuses (throws a CeleriantFrameError) what exceeds its budget before decoding. */
class BudgetedDecoder extends Decoder {
  constructor(
    private readonly budget: MsgpackBudget,
    options: DecoderOptions<undefined>,
  ) {
    super(options);
  }

  override decode(bytes: ArrayLike<number> | ArrayBufferView | ArrayBufferLike): unknown {
    if (bytes instanceof Uint8Array) {
      const excess = checkMsgpackBudget(bytes, this.budget);
      if (excess) throw new CeleriantFrameError(excess.kind, excess.message);
    }
    return super.decode(bytes);
  }
}

/** A positive limit, or its default for absent, 0, negative or NaN values (a bad option never lifts a limit). */
const positiveOr = (value: unknown, fallback: number): number =>
  typeof value === 'number' && value > 0 ? value : fallback;

/** A Celeriant-configured encoder: bigint u64 values, `null` for absent options (msgpack nil). */
export function createCeleriantEncoder(): Encoder {
  return new Encoder({ useBigInt64: true, ignoreUndefined: false });
}

/**
 * Encodes a MessagePack map whose keys are not strings (WriteRequest.writes, spec §1.4).
 *
 * @msgpack/msgpack writes maps only from plain objects with string keys: a JS `Map` encodes as
 * `{}` and its ExtensionCodec can only emit `ext` values, never a map. MessagePack values
 * concatenate, so only the map header (fixmap / map16 / map32) is written here; the library
 * encodes every key and value.
 */
export function encodeArrayKeyedMap(
  encoder: Encoder,
  entries: ReadonlyArray<readonly [key: unknown, value: unknown]>,
): Uint8Array {
  const parts: Uint8Array[] = [mapHeader(entries.length)];
  for (const [key, value] of entries) {
    parts.push(encoder.encode(key), encoder.encode(value));
  }
  return concatBytes(parts);
}

/**
 * Encodes a positional struct (a MessagePack array) whose last field is already-encoded
 * MessagePack, e.g. the array-keyed map of {@link encodeArrayKeyedMap}.
 */
export function encodeTupleWithTail(
  encoder: Encoder,
  head: readonly unknown[],
  tail: Uint8Array,
): Uint8Array {
  const size = head.length + 1;
  const header = size < 16 ? Uint8Array.of(0x90 + size) : Uint8Array.of(0xdc, size >> 8, size & 0xff);
  return concatBytes([header, ...head.map((field) => encoder.encode(field)), tail]);
}

function mapHeader(size: number): Uint8Array {
  if (size < 16) return Uint8Array.of(0x80 + size);
  if (size < 0x10000) return Uint8Array.of(0xde, size >> 8, size & 0xff);
  return Uint8Array.of(0xdf, size >>> 24, (size >> 16) & 0xff, (size >> 8) & 0xff, size & 0xff);
}

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
