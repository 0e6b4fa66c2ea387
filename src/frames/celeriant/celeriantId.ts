import { CeleriantFrameError } from './celeriantFrameError.ts';

/** A Celeriant u128 id (org, type, aggregate, client, event, correlation): 32 lowercase hex digits. */
export type CeleriantId = string;

/** What the API accepts as an id: hex (32 digits, dashes allowed as in a GUID), a bigint or 16 bytes. */
export type CeleriantIdInput = CeleriantId | bigint | Uint8Array;

const HEX32 = /^[0-9a-f]{32}$/;
const U128_MAX = (1n << 128n) - 1n;

/**
 * Converts an id to the 16 big-endian bytes the wire carries (MessagePack `bin8`, `c4 10`, spec §1.4).
 * @throws CeleriantFrameError (`invalid-input`) for anything that is not a valid u128.
 */
export function idToBytes(id: CeleriantIdInput): Uint8Array {
  if (id instanceof Uint8Array) {
    if (id.byteLength !== 16) throw invalid(`an id of ${id.byteLength} bytes`);
    return Uint8Array.from(id);
  }
  if (typeof id === 'bigint') {
    if (id < 0n || id > U128_MAX) throw invalid(`the bigint ${id}`);
    const bytes = new Uint8Array(16);
    let rest = id;
    for (let i = 15; i >= 0; i--) {
      bytes[i] = Number(rest & 0xffn);
      rest >>= 8n;
    }
    return bytes;
  }
  const hex = typeof id === 'string' ? id.replaceAll('-', '').toLowerCase() : '';
  if (!HEX32.test(hex)) throw invalid(`"${String(id).slice(0, 64)}"`);
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Converts 16 big-endian bytes from the wire to a {@link CeleriantId}. */
export function bytesToId(bytes: Uint8Array): CeleriantId {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Normalises any accepted id form to a {@link CeleriantId}. */
export function toCeleriantId(id: CeleriantIdInput): CeleriantId {
  return bytesToId(idToBytes(id));
}

function invalid(what: string): CeleriantFrameError {
  return new CeleriantFrameError('invalid-input', `Celeriant ids are unsigned 128-bit values; got ${what}.`);
}
