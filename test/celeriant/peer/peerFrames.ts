import {
  createCeleriantDecoder,
  createCeleriantEncoder,
  encodeFrame,
  encodeHeader,
  RESPONSE_TYPE,
} from '../../../src/frames/celeriant/index.ts';

const encoder = createCeleriantEncoder();
const decoder = createCeleriantDecoder(16 * 1024 * 1024);

/** One response frame of type `typeId`. */
export function frameOf(typeId: number, value: unknown): Uint8Array {
  return encodeFrame(encoder, typeId, value);
}

/** An ErrorResponse frame; `details` objects are sent as JSON, strings as they are. */
export function errorFrame(correlation: unknown, code: number, details: unknown): Uint8Array {
  const message = typeof details === 'string' ? details : JSON.stringify(details ?? {});
  return frameOf(RESPONSE_TYPE.error, [correlation ?? null, code, message]);
}

/** A broken frame: a header announcing 4 GiB, a body that is not MessagePack, or an unknown type. */
export function garbageFrame(what: GarbageKind): Uint8Array {
  if (what === 'nested-bomb') {
    // 4 MB of one-element arrays: ~640 MB of heap for a decoder without a depth limit.
    const body = new Uint8Array(4 * 1024 * 1024).fill(0x91);
    body[body.length - 1] = 0xc0;
    return concat(encodeHeader(RESPONSE_TYPE.write, body.length), body);
  }
  if (what === 'huge-header') return encodeHeader(RESPONSE_TYPE.write, 0xffffffff);
  if (what === 'bad-msgpack') return Uint8Array.from([...encodeHeader(RESPONSE_TYPE.write, 1), 0xc1]);
  return frameOf(99, []);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Bytes a scripted peer can send instead of a response. */
export type GarbageKind = 'huge-header' | 'bad-msgpack' | 'unknown-type' | 'nested-bomb';

/** Decodes a request body, or undefined when it is not MessagePack. */
export function decodeBody(body: Uint8Array): unknown {
  try {
    return decoder.decode(body);
  } catch {
    return undefined;
  }
}
