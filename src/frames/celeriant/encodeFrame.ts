import type { Encoder } from '@msgpack/msgpack';
import { encodeHeader } from './header.ts';
import { concatBytes } from './msgpackCodec.ts';

/**
 * Encodes any value as one frame of type `typeId` (header + MessagePack body). Servers and test
 * peers use it for responses; clients use {@link encodeRequest}.
 */
export function encodeFrame(encoder: Encoder, typeId: number, value: unknown): Uint8Array {
  const body = encoder.encode(value);
  return concatBytes([encodeHeader(typeId, body.byteLength), body]);
}
