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

/** The `fossil-delta` package as a {@link FossilDelta} codec (checksums verified). */
export const fossilDelta: FossilDelta = {
  applyDelta: (source, delta) => applyDelta(source, delta),
};

export type { FossilDelta } from '../deltaCodec.ts';
