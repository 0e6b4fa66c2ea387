import type { CodeEntry } from '../types.ts';
import { centrifugoRows } from './centrifugoRows.ts';
import { findRange, indexByCode, rangeRulesFor, rowById } from './rowIndex.ts';

const current = centrifugoRows.filter((r) => r.protocol === 'centrifugo');
const legacy = centrifugoRows.filter((r) => r.protocol === 'centrifugo-legacy');

/** Lookup tables over the Centrifugo rows, built once when the module loads. */
export const CENTRIFUGO_TABLES = Object.freeze({
  disconnect: indexByCode(current, 'disconnect'),
  unsubscribe: indexByCode(current, 'unsubscribe'),
  error: indexByCode(current, 'error'),
  clientError: indexByCode(
    current.filter((r) => r.extra?.table === 'errorCodes'),
    'client',
  ),
  disconnectRanges: rangeRulesFor(current, 'disconnect'),
  unsubscribeRanges: rangeRulesFor(current, 'unsubscribe'),
  closeRanges: rangeRulesFor(current, 'close'),
  errorRanges: rangeRulesFor(current, 'error'),
  legacyDisconnect: indexByCode(legacy, 'disconnect'),
});

/** Rule rows the classifiers name directly. */
export const CENTRIFUGO_RULES = Object.freeze({
  disconnectDefault: rowById(current, 'centrifugo.disconnect.default'),
  unsubscribeDefault: rowById(current, 'centrifugo.unsubscribe.default'),
  closeAdvice: rowById(current, 'centrifugo.close.json-advice'),
  closeEmptyReason: rowById(current, 'centrifugo.close.empty-reason'),
  errorTemporary: rowById(current, 'centrifugo.error.temporary'),
  errorDefault: rowById(current, 'centrifugo.error.default'),
  unknownKind: rowById(current, 'centrifugo.unknown-kind'),
  legacyAdvice: rowById(legacy, 'centrifugo-legacy.json-advice'),
  legacyDefault: rowById(legacy, 'centrifugo-legacy.disconnect.default'),
});

/** The disconnect row for a code, else the range covering it, else the default rule. */
export function disconnectRowFor(code: number | undefined): CodeEntry {
  if (code === undefined) return CENTRIFUGO_RULES.disconnectDefault;
  return (
    CENTRIFUGO_TABLES.disconnect.get(code) ??
    findRange(CENTRIFUGO_TABLES.disconnectRanges, code) ??
    CENTRIFUGO_RULES.disconnectDefault
  );
}
