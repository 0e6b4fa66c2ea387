import type { CodeRule } from '../types.ts';
import { clientConnectionStateRules } from './clientConnectionStateRules.ts';
import { clientErrorCodeRules } from './clientErrorCodeRules.ts';
import { clientErrorRules } from './clientErrorRules.ts';
import { clientSubscriptionStateRules } from './clientSubscriptionStateRules.ts';
import { closeRules } from './closeRules.ts';
import { codestateClientRules } from './codestateClientRules.ts';
import { disconnectReconnectRules } from './disconnectReconnectRules.ts';
import { disconnectTerminalRules } from './disconnectTerminalRules.ts';
import { errorRangeRules } from './errorRangeRules.ts';
import { rangeRules } from './rangeRules.ts';
import { unsubscribeRules } from './unsubscribeRules.ts';

/**
 * The Centrifugo rules of the current numbering (`centrifugo`), all a session classifies with.
 * Server codes come before the SDK's client-side codes so that `lookup('centrifugo', 3014)` finds
 * the server's row.
 */
export const currentCentrifugoRules: readonly CodeRule[] = [
  ...clientErrorRules,
  ...unsubscribeRules,
  ...disconnectReconnectRules,
  ...disconnectTerminalRules,
  ...rangeRules,
  ...closeRules,
  ...errorRangeRules,
  ...clientConnectionStateRules,
  ...clientSubscriptionStateRules,
  ...clientErrorCodeRules,
  ...codestateClientRules,
];
