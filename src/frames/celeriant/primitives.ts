import * as v from 'valibot';
import { bytesToId } from './celeriantId.ts';

/** A u128 id on the wire: `bin` of exactly 16 big-endian bytes, read as 32 hex digits. */
export const IdSchema = v.pipe(
  v.instance(Uint8Array, 'Expected a 16-byte binary id'),
  v.check((bytes) => bytes.byteLength === 16, 'Expected a 16-byte binary id'),
  v.transform((bytes) => bytesToId(bytes)),
);

/** An `Option<u128>`: nil or an id; absent reads as null. */
export const OptionalIdSchema = v.pipe(
  v.nullish(IdSchema),
  v.transform((id) => id ?? null),
);

/**
 * A u64: a number, or a bigint when the encoder chose the 64-bit format. Values above 2^53 are
 * refused with an issue rather than rounded, because versions and sequences must stay exact.
 */
export const U64Schema = v.union(
  [
    v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    v.pipe(
      v.bigint(),
      v.check((n) => n >= 0n && n <= BigInt(Number.MAX_SAFE_INTEGER), 'u64 above 2^53 is not supported'),
      v.transform(Number),
    ),
  ],
  'Expected an unsigned integer',
);

/** An `Option<u64>`: nil or a number; absent reads as null. */
export const OptionalU64Schema = v.pipe(
  v.nullish(U64Schema),
  v.transform((n) => n ?? null),
);

/** An `Option<Vec<u8>>`: nil or bytes; absent reads as null. */
export const OptionalBytesSchema = v.pipe(
  v.nullish(v.instance(Uint8Array)),
  v.transform((b) => b ?? null),
);
