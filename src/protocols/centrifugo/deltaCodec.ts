import type { Publication } from '../../frames/centrifugo/index.ts';

/**
 * The fossil delta codec a session needs for `delta: 'fossil'` subscriptions. Use the one of
 * `codestate/centrifugo/fossil` (the maintained `fossil-delta` package); it is not in the main
 * entry so that sessions without delta compression do not ship it.
 */
export interface FossilDelta {
  /** Applies a fossil `delta` to `source`; throws on a malformed delta or a bad checksum. */
  applyDelta(source: Uint8Array, delta: Uint8Array): Uint8Array;
}

/** One subscription's delta chain. */
export interface DeltaState {
  readonly codec: FossilDelta;
  /** The last subscribe reply said `delta: true`: publication data is a JSON string, maybe a delta. */
  negotiated: boolean;
  /** The bytes of the last full payload: the base of the next delta. */
  base: Uint8Array | undefined;
}

const encoder = /* @__PURE__ */ new TextEncoder();
const decoder = /* @__PURE__ */ new TextDecoder();

/**
 * The data of a publication on a subscription with negotiated delta (centrifuge-js 5.8 JSON
 * protocol): the server sends the payload as a JSON string, either in full (the first after every
 * subscribe) or, with `delta: true`, as a fossil delta against the previous payload. Moves the
 * base on success only. Throws an `Error` that says what was wrong.
 */
export function applyPublicationDelta(state: DeltaState, pub: Publication): unknown {
  if (typeof pub.data !== 'string')
    throw new Error('publication data is not the JSON string a delta subscription receives');
  const wire = encoder.encode(pub.data);
  let full: Uint8Array = wire;
  if (pub.delta) {
    if (!state.base) throw new Error('a delta publication came before any full one');
    full = state.codec.applyDelta(state.base, wire);
  }
  const data: unknown = JSON.parse(decoder.decode(full));
  state.base = full;
  return data;
}
