import { CodeIndex } from '../codeIndex.ts';
import type { CodeRule, EntryKind } from '../types.ts';

/** A range rule read from a `range` row: inclusive bounds and an optional phase. */
export interface RangeRule {
  /** Lowest code the rule covers. */
  readonly from: number;
  /** Highest code the rule covers. */
  readonly to: number;
  /** The reply phase the rule is limited to, when it is one. */
  readonly during?: string;
  /** The row that supplies verdict, name and remediation. */
  readonly row: CodeRule;
}

/** The rows of one kind keyed by code, built once so classify stays a map lookup. */
export function indexByCode(rows: readonly CodeRule[], kind: EntryKind): CodeIndex<CodeRule> {
  return new CodeIndex(
    rows.flatMap((row) => (row.kind === kind && row.code !== undefined ? [[row.code, row] as const] : [])),
  );
}

/** The `range` rows answering one signal kind that carry numeric `extra.from`/`extra.to`. */
export function rangeRulesFor(rows: readonly CodeRule[], signal: string): readonly RangeRule[] {
  const rules: RangeRule[] = [];
  for (const row of rows) {
    const extra = row.extra;
    if (row.kind !== 'range' || extra?.signal !== signal) continue;
    if (typeof extra.from !== 'number' || typeof extra.to !== 'number') continue;
    const during = typeof extra.during === 'string' ? extra.during : undefined;
    rules.push(
      during === undefined
        ? { from: extra.from, to: extra.to, row }
        : { from: extra.from, to: extra.to, during, row },
    );
  }
  return rules;
}

/** The first rule covering a code (and phase, for phase-limited rules). */
export function findRange(rules: readonly RangeRule[], code: number, during?: string): CodeRule | undefined {
  for (const rule of rules) {
    if (code >= rule.from && code <= rule.to && rule.during === during) return rule.row;
  }
  return undefined;
}

/**
 * The row with this id. Rows are static data, so a missing id is a programming error caught
 * when the module loads (and by the catalog tests), never at classify time.
 */
export function rowById(rows: readonly CodeRule[], id: string): CodeRule {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`codestate: catalog row ${id} is missing; restore it in src/codes/centrifugo.`);
  return row;
}
