import type { CodeRule } from '../types.ts';
import { VerdictTemplate } from '../verdictTemplate.ts';
import { natsClientErrorRules, natsCloseReasonRules, natsErrRules } from './natsRules.ts';
import { TextIndex } from './textIndex.ts';

/** What an `-ERR` row decides, read from the row once: its verdict and the permission it refuses. */
export interface NatsErrRule {
  /** The row's verdict, ready to fill with the text the server sent. */
  readonly template: VerdictTemplate;
  /** The operation a Permissions Violation row refuses, when its text names a subject to read. */
  readonly permission: 'subscription' | 'publish' | undefined;
}

function errRuleOf(row: CodeRule): NatsErrRule {
  const permission = row.extra?.permission;
  return {
    template: VerdictTemplate.ofRow(row),
    permission: permission === 'subscription' || permission === 'publish' ? permission : undefined,
  };
}

/** Rows with a text paired with that text, in the order given (most specific first). */
function byText<T>(rows: readonly CodeRule[], toValue: (row: CodeRule) => T): Array<readonly [string, T]> {
  return rows.flatMap((r) => (r.text ? [[r.text, toValue(r)] as const] : []));
}

/** Exact keys to rows; earlier keys win, so class names beat nats.js equivalents. */
function byKey(
  rows: readonly CodeRule[],
  keysOf: (row: CodeRule) => unknown[],
): ReadonlyMap<string, CodeRule> {
  const index = new Map<string, CodeRule>();
  for (const pass of [0, 1]) {
    for (const row of rows) {
      const key = keysOf(row)[pass];
      if (typeof key === 'string' && !index.has(key.toLowerCase())) index.set(key.toLowerCase(), row);
    }
  }
  return index;
}

const ERR_RULES = new TextIndex(byText(natsErrRules, errRuleOf));
const CLOSE_TEXTS = new TextIndex(byText(natsCloseReasonRules, (row) => row));
const CLOSE_KEYS = byKey(natsCloseReasonRules, (r) => [r.text, r.name]);
const CLIENT_KEYS = new Map([
  ...byKey(natsClientErrorRules, (r) => [r.extra?.natsJs, r.extra?.natsJsName]),
  ...byKey(natsClientErrorRules, (r) => [r.name, r.text]),
]);

// The span search below needs ASCII row texts. When lower-casing a line changes no length,
// every character maps to one character; only 'Σ' depends on its neighbours, and it never
// becomes ASCII. So an ASCII text occurs in the lower-cased line's span exactly when it occurs
// in the span cut out and lower-cased on its own (what nats.js compares).
const ERR_TEXTS_ASCII = natsErrRules.every((row) =>
  Array.from(row.text ?? '').every((ch) => ch.charCodeAt(0) < 0x80),
);

/**
 * The rule of the most specific `-ERR` row for the text between `start` and `end` of a line:
 * the first row (longest text first) whose text it contains, case-insensitively, as nats.js
 * matches.
 */
export function findErrRule(line: string, start = 0, end = line.length): NatsErrRule | undefined {
  if (start >= end) return undefined;
  const lower = line.toLowerCase();
  // Lower-casing the whole line keeps V8 on its fast path (a slice takes a slow one), but only
  // while it changes no length (e.g. 'İ' becomes two characters).
  if (ERR_TEXTS_ASCII && lower.length === line.length) return ERR_RULES.find(lower, start, end);
  return ERR_RULES.find(line.slice(start, end).toLowerCase());
}

/** The close reason row for a reason text (`Stale Connection`) or constant (`StaleConnection`). */
export function findCloseReasonRow(reason: string): CodeRule | undefined {
  const key = reason.trim().toLowerCase();
  if (!key) return undefined;
  return CLOSE_KEYS.get(key) ?? CLOSE_TEXTS.find(key);
}

/**
 * The client error row for a class name: the nats.py name or qualified name first, then the
 * nats.js v3 class or `name` it maps to. Exact (case-insensitive) only: class names are not prose.
 */
export function findClientErrorRow(name: string): CodeRule | undefined {
  return CLIENT_KEYS.get(name.trim().toLowerCase());
}
