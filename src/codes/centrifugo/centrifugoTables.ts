import { DenseCodeTable } from '../denseCodeTable.ts';
import type { CodeRule } from '../types.ts';
import { VerdictTemplate } from '../verdictTemplate.ts';
import { currentCentrifugoRules } from './centrifugoRules.ts';
import { findRange, indexByCode, rangeRulesFor, rowById } from './rowIndex.ts';

const current = currentCentrifugoRules;

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
});

/** The disconnect row for a code, else the range covering it, else the default rule. */
export function disconnectRowFor(code: number | undefined): CodeRule {
  if (code === undefined) return CENTRIFUGO_RULES.disconnectDefault;
  return (
    CENTRIFUGO_TABLES.disconnect.get(code) ??
    findRange(CENTRIFUGO_TABLES.disconnectRanges, code) ??
    CENTRIFUGO_RULES.disconnectDefault
  );
}

/**
 * Every code the disconnect rows and ranges name, resolved once to the template of its row or
 * range (what {@link disconnectRowFor} answers), so a disconnect costs one lookup, not a range scan.
 */
function resolveDisconnects(): DenseCodeTable<VerdictTemplate> {
  const templates = new Map<CodeRule, VerdictTemplate>();
  const templateOf = (row: CodeRule): VerdictTemplate => {
    const template = templates.get(row) ?? VerdictTemplate.ofRow(row);
    templates.set(row, template);
    return template;
  };
  const codes = current.flatMap((row) =>
    row.kind === 'disconnect' && row.code !== undefined ? [row.code] : [],
  );
  // DenseCodeTable refuses a span over 65,536 codes: split such a range row instead.
  for (const { from, to } of CENTRIFUGO_TABLES.disconnectRanges) {
    for (let code = from; code <= to; code++) codes.push(code);
  }
  return new DenseCodeTable(
    codes.map((code) => [code, templateOf(disconnectRowFor(code))] as const),
    templateOf(CENTRIFUGO_RULES.disconnectDefault),
  );
}

// Resolved on the first disconnect, not when the module loads: resolving 2,000 codes was the
// largest piece of work an `import` of a Centrifugo session did (cold start, issue 10).
let disconnectTemplates: DenseCodeTable<VerdictTemplate> | undefined;

/** The verdict template of {@link disconnectRowFor}'s row, in one lookup. */
export function disconnectTemplateFor(code: number | undefined): VerdictTemplate {
  disconnectTemplates ??= resolveDisconnects();
  return disconnectTemplates.get(code);
}
