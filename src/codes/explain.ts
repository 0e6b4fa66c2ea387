import { catalogEntry } from './catalogEntries.ts';
import type { CodeEntry, CodeRule, Verdict } from './types.ts';

/**
 * The catalog row behind a verdict, with the documentation verdicts leave out: message,
 * description, remediation and source. Verdicts carry only the lean rule so that apps that
 * classify do not ship the text; call this where the text is shown (CLI, logs, error messages).
 *
 * - A verdict: the row of `verdict.entry` when one matched, else the range or default rule
 *   named by `verdict.rule` (undefined for overrides and unknown signals).
 * - A rule (e.g. `verdict.entry`) or a rule id: that row.
 *
 * Returns a copy, or undefined when nothing in the catalog has that id.
 * @example
 * ```ts
 * explain(classify({ protocol: 'centrifugo', kind: 'disconnect', code: 3500 }))?.remediation
 * // 'Issue a valid token for this user and channel, then call connect() again.'
 * ```
 */
export function explain(
  subject: Pick<Verdict, 'rule' | 'entry'> | CodeRule | string | undefined,
): CodeEntry | undefined {
  const id = idOf(subject);
  const entry = id === undefined ? undefined : catalogEntry(id);
  return entry === undefined ? undefined : structuredClone(entry);
}

/** The row id a subject names; anything else (including bad input from plain JS) names none. */
function idOf(subject: unknown): string | undefined {
  if (typeof subject === 'string') return subject;
  if (typeof subject !== 'object' || subject === null) return undefined;
  const { entry, rule, id } = subject as { entry?: { id?: unknown }; rule?: unknown; id?: unknown };
  const named = 'rule' in subject ? (entry?.id ?? rule) : id;
  return typeof named === 'string' ? named : undefined;
}
