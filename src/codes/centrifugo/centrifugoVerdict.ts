import type { CodeEntry, Verdict, VerdictSpec } from '../types.ts';

/**
 * Builds a verdict the way `verdictFrom` does (only the verdict fields of `spec`, absent values
 * left out), but with fixed keys and no spreads: classify sits on the hot path of every frame,
 * and building the extra object per call cost about 40 times a plain switch.
 * @param spec - scope, action and flags.
 * @param rule - the row or rule id that fired.
 * @param entry - the row that supplies name and remediation.
 * @param code - the server's code, when it was a safe integer.
 * @param reason - the server's reason or message; empty text is left out.
 * @param details - parsed server details, e.g. the close advice.
 */
export function centrifugoVerdict(
  spec: VerdictSpec,
  rule: string,
  entry: CodeEntry,
  code: number | undefined,
  reason: string | undefined,
  details?: unknown,
): Verdict {
  const verdict: Verdict = { scope: spec.scope, action: spec.action, rule, entry };
  if (spec.resetPosition) verdict.resetPosition = true;
  if (spec.clearToken) verdict.clearToken = true;
  if (spec.immediate) verdict.immediate = true;
  if (code !== undefined) verdict.code = code;
  if (reason !== undefined && reason.length > 0) verdict.reason = reason;
  if (details !== undefined) verdict.details = details;
  return verdict;
}

/** The verdict of a matched row: its own verdict, with its id as the rule. */
export function rowVerdict(entry: CodeEntry, code: number | undefined, reason: string | undefined): Verdict {
  return centrifugoVerdict(entry.verdict, entry.id, entry, code, reason);
}
