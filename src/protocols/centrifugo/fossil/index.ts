/**
 * `codestate/centrifugo/fossil`: the fossil delta codec for Centrifugo subscriptions with
 * `delta: 'fossil'`, on the maintained `fossil-delta` package. Pass it to the session:
 *
 * ```ts
 * import { createCentrifugoSession } from 'codestate/centrifugo'
 * import { fossilDelta } from 'codestate/centrifugo/fossil'
 * const session = createCentrifugoSession({ url, fossilDelta })
 * session.subscribe('prices', { delta: 'fossil' })
 * ```
 * @packageDocumentation
 */
import { applyDelta } from 'fossil-delta';
import type { FossilDelta } from '../deltaCodec.ts';

const encoder = /* @__PURE__ */ new TextEncoder();
const decoder = /* @__PURE__ */ new TextDecoder();

/**
 * Centrifugo's JSON protocol with negotiated delta (as centrifuge-js 5.8 reads it): the payload
 * comes as a JSON string, in full (the first after every subscribe) or, with `delta: true`, as a
 * fossil delta against the previous payload's bytes. Checksums are verified.
 */
export const fossilDelta: FossilDelta = {
  decode(base, wire, isDelta) {
    if (typeof wire !== 'string')
      throw new Error('publication data is not the JSON string a delta subscription receives');
    let full: Uint8Array = encoder.encode(wire);
    if (isDelta) {
      if (!base) throw new Error('a delta publication came before any full one');
      full = applyDelta(base, full);
    }
    return { data: JSON.parse(decoder.decode(full)) as unknown, base: full };
  },
};

export type { FossilDelta } from '../deltaCodec.ts';
