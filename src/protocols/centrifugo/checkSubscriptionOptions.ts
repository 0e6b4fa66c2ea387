import { CentrifugoOptionError } from './CentrifugoOptionError.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { FossilDelta } from './deltaCodec.ts';

/** `delta` and `tagsFilter` on one subscription: the server cannot do both (thrown at once). */
export const deltaWithTagsFilterError = (): CentrifugoOptionError =>
  new CentrifugoOptionError(
    'tagsFilter',
    'delta and tagsFilter cannot be used together (the server filters and compresses per connection, not both); drop one of them.',
  );

/** Options no retry can fix fail the `subscribe` call at once, as in centrifuge-js. */
export function checkSubscriptionOptions(
  options: CentrifugoSubscriptionOptions,
  fossil: FossilDelta | undefined,
): void {
  if (options.delta === undefined) return;
  if (options.delta !== 'fossil')
    throw new CentrifugoOptionError(
      'delta',
      `delta: '${String(options.delta)}' is not supported; use 'fossil'.`,
    );
  if (options.tagsFilter) throw deltaWithTagsFilterError();
  if (!fossil)
    throw new CentrifugoOptionError(
      'delta',
      "delta: 'fossil' needs the codec: import { fossilDelta } from 'codestate/centrifugo/fossil' and pass createCentrifugoSession({ ..., fossilDelta }).",
    );
}
