import type { CodeEntry } from '../types.ts';
import { natsClientErrorRows, natsCloseReasonRows, natsErrRows } from './natsRows.ts';

/** Rows paired with their lower-cased text, in the order given (most specific first). */
function byText(rows: readonly CodeEntry[]): ReadonlyArray<readonly [string, CodeEntry]> {
  return rows.filter((r) => r.text).map((r) => [r.text!.toLowerCase(), r] as const);
}

/** Exact keys to rows; earlier keys win, so class names beat nats.js equivalents. */
function byKey(
  rows: readonly CodeEntry[],
  keysOf: (row: CodeEntry) => unknown[],
): ReadonlyMap<string, CodeEntry> {
  const index = new Map<string, CodeEntry>();
  for (const pass of [0, 1]) {
    for (const row of rows) {
      const key = keysOf(row)[pass];
      if (typeof key === 'string' && !index.has(key.toLowerCase())) index.set(key.toLowerCase(), row);
    }
  }
  return index;
}

const ERR_TEXTS = byText(natsErrRows);
const CLOSE_TEXTS = byText(natsCloseReasonRows);
const CLOSE_KEYS = byKey(natsCloseReasonRows, (r) => [r.text, r.name]);
const CLIENT_KEYS = new Map([
  ...byKey(natsClientErrorRows, (r) => [r.extra?.natsJs, r.extra?.natsJsName]),
  ...byKey(natsClientErrorRows, (r) => [r.name, r.text]),
]);

/** The first row whose text the lower-cased key contains (rows are longest text first). */
function firstContained(
  texts: ReadonlyArray<readonly [string, CodeEntry]>,
  key: string,
): CodeEntry | undefined {
  return texts.find(([text]) => key.includes(text))?.[1];
}

/** The most specific `-ERR` row for a cleaned text: case-insensitive substring, as nats.js matches. */
export function findErrRow(text: string): CodeEntry | undefined {
  return text ? firstContained(ERR_TEXTS, text.toLowerCase()) : undefined;
}

/** The close reason row for a reason text (`Stale Connection`) or constant (`StaleConnection`). */
export function findCloseReasonRow(reason: string): CodeEntry | undefined {
  const key = reason.trim().toLowerCase();
  if (!key) return undefined;
  return CLOSE_KEYS.get(key) ?? firstContained(CLOSE_TEXTS, key);
}

/**
 * The client error row for a class name: the nats.py name or qualified name first, then the
 * nats.js v3 class or `name` it maps to. Exact (case-insensitive) only: class names are not prose.
 */
export function findClientErrorRow(name: string): CodeEntry | undefined {
  return CLIENT_KEYS.get(name.trim().toLowerCase());
}
