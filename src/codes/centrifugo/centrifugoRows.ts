import type { CodeEntry } from '../types.ts';
import { clientConnectionStateRows } from './clientConnectionStateRows.ts';
import { clientErrorCodeRows } from './clientErrorCodeRows.ts';
import { clientErrorRows } from './clientErrorRows.ts';
import { clientSubscriptionStateRows } from './clientSubscriptionStateRows.ts';
import { closeRuleRows } from './closeRuleRows.ts';
import { disconnectReconnectRows } from './disconnectReconnectRows.ts';
import { disconnectTerminalRows } from './disconnectTerminalRows.ts';
import { errorRuleRows } from './errorRuleRows.ts';
import { legacyDisconnectRows } from './legacyDisconnectRows.ts';
import { legacyErrorRows } from './legacyErrorRows.ts';
import { legacyRuleRows } from './legacyRuleRows.ts';
import { legacyServerApiRows } from './legacyServerApiRows.ts';
import { rangeRows } from './rangeRows.ts';
import { unsubscribeRows } from './unsubscribeRows.ts';

/**
 * Every Centrifugo row: current numbering (`centrifugo`) and legacy numbering
 * (`centrifugo-legacy`). Server codes come before the SDK's client-side codes so that
 * `lookup('centrifugo', 3014)` finds the server's row.
 */
export const centrifugoRows: readonly CodeEntry[] = [
  ...clientErrorRows,
  ...unsubscribeRows,
  ...disconnectReconnectRows,
  ...disconnectTerminalRows,
  ...rangeRows,
  ...closeRuleRows,
  ...errorRuleRows,
  ...clientConnectionStateRows,
  ...clientSubscriptionStateRows,
  ...clientErrorCodeRows,
  ...legacyErrorRows,
  ...legacyDisconnectRows,
  ...legacyServerApiRows,
  ...legacyRuleRows,
];
