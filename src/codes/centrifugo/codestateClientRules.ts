import type { CodeRule } from '../types.ts';
import { CENTRIFUGO_VERDICTS as V } from './centrifugoVerdicts.ts';

const base = { protocol: 'centrifugo', kind: 'client' } as const;

/**
 * What codestate's Centrifugo session decides on its own where centrifuge-js has no code of its
 * own: a local signal names the row, the machines read its verdict.
 */
export const codestateClientRules: readonly CodeRule[] = [
  {
    ...base,
    id: 'centrifugo.client.delta-failed',
    // centrifuge-js has no code for it; codestate's own client codes start at 200.
    code: 200,
    name: 'DeltaApplyFailed',
    verdict: V.resubscribeNow,
  },
  {
    ...base,
    id: 'centrifugo.client.connect-data-failed',
    // The code centrifuge-js reports for it (errorCodes.badConfiguration).
    code: 12,
    name: 'ConnectDataFailed',
    verdict: V.reconnect,
  },
  {
    ...base,
    id: 'centrifugo.client.subscribe-data-failed',
    code: 12,
    name: 'SubscribeDataFailed',
    verdict: V.resubscribe,
  },
];
