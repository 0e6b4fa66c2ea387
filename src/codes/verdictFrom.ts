import type { CodeEntry, Verdict, VerdictSpec } from './types.ts';

/** Longest reason or message text kept on a verdict; servers can send anything. */
export const MAX_REASON_LENGTH = 1024;

/**
 * Builds a verdict from a row or a rule. Copies only the verdict fields so a row's data can
 * never leak unexpected keys into machine context.
 */
export function verdictFrom(
  spec: VerdictSpec,
  rule: string,
  extra: Omit<Verdict, keyof VerdictSpec | 'rule'> = {},
): Verdict {
  // Fields are copied one by one (no spreading) so a row can never leak unexpected keys into
  // machine context, and so this hot path stays monomorphic.
  const verdict: Verdict = { scope: spec.scope, action: spec.action, rule };
  if (spec.resetPosition) verdict.resetPosition = true;
  if (spec.clearToken) verdict.clearToken = true;
  if (spec.immediate) verdict.immediate = true;
  if (extra.entry !== undefined) verdict.entry = extra.entry;
  if (extra.code !== undefined) verdict.code = extra.code;
  if (extra.reason !== undefined) verdict.reason = extra.reason;
  if (extra.target !== undefined) verdict.target = extra.target;
  if (extra.details !== undefined) verdict.details = extra.details;
  return verdict;
}

/** Builds the verdict for a matched catalog row. */
export function verdictOfEntry(
  entry: CodeEntry,
  extra: Omit<Verdict, keyof VerdictSpec | 'rule' | 'entry'> = {},
): Verdict {
  return verdictFrom(entry.verdict, entry.id, { ...extra, entry });
}

/** A server code as a safe integer, or undefined for NaN, Infinity, fractions and non-numbers. */
export function safeCode(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/** Server text trimmed to a bounded length; anything that is not a string becomes undefined. */
export function safeText(value: unknown, max = MAX_REASON_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > max ? value.slice(0, max) : value;
}
