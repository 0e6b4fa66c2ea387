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
  const id =
    typeof subject === 'string'
      ? subject
      : subject === undefined || subject === null
        ? undefined
        : 'rule' in subject
          ? (subject.entry?.id ?? subject.rule)
          : subject.id;
  const entry = typeof id === 'string' ? catalogEntry(id) : undefined;
  return entry === undefined ? undefined : structuredClone(entry);
}
