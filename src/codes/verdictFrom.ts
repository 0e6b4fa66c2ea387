import type { CodeRule, Verdict, VerdictSpec } from './types.ts';

/** Longest reason or message text kept on a verdict; servers can send anything. */
export const MAX_REASON_LENGTH = 1024;

/**
 * Builds a verdict from its parts; absent parts (undefined) are left out. Copies only the
 * verdict fields of `spec` so a row's data can never leak unexpected keys into machine context.
 * Takes positional parts rather than an options object so callers build no object but the
 * verdict. Rows classify looks up every frame use the faster `VerdictTemplate` instead.
 * @param spec - scope, action and flags.
 * @param rule - the row or rule id that fired.
 * @param entry - the catalog row, when one matched.
 * @param code - the server's code.
 * @param reason - the server's reason or message text, kept as given (even when empty).
 * @param target - redirect target.
 * @param details - parsed server details.
 */
export function buildVerdict(
  spec: VerdictSpec,
  rule: string,
  entry: CodeRule | undefined,
  code: number | undefined,
  reason: string | undefined,
  target?: string,
  details?: unknown,
): Verdict {
  const verdict: Verdict = { scope: spec.scope, action: spec.action, rule };
  if (spec.resetPosition) verdict.resetPosition = true;
  if (spec.clearToken) verdict.clearToken = true;
  if (spec.immediate) verdict.immediate = true;
  if (entry !== undefined) verdict.entry = entry;
  if (code !== undefined) verdict.code = code;
  if (reason !== undefined) verdict.reason = reason;
  if (target !== undefined) verdict.target = target;
  if (details !== undefined) verdict.details = details;
  return verdict;
}

/**
 * Builds a verdict from a row or a rule. Copies only the verdict fields so a row's data can
 * never leak unexpected keys into machine context.
 */
export function verdictFrom(
  spec: VerdictSpec,
  rule: string,
  extra: Omit<Verdict, keyof VerdictSpec | 'rule'> = {},
): Verdict {
  return buildVerdict(spec, rule, extra.entry, extra.code, extra.reason, extra.target, extra.details);
}

/** Builds the verdict for a matched catalog row. */
export function verdictOfEntry(
  entry: CodeRule,
  extra: Omit<Verdict, keyof VerdictSpec | 'rule' | 'entry'> = {},
): Verdict {
  return buildVerdict(entry.verdict, entry.id, entry, extra.code, extra.reason, extra.target, extra.details);
}

/** A server code as a safe integer, or undefined for NaN, Infinity, fractions and non-numbers. */
export function safeCode(value: unknown): number | undefined {
  if (typeof value !== 'number') return undefined;
  // The 32-bit test first: V8 answers it inline, while Number.isSafeInteger is a call per frame.
  return (value | 0) === value || Number.isSafeInteger(value) ? value : undefined;
}

/** Server text trimmed to a bounded length; anything that is not a string becomes undefined. */
export function safeText(value: unknown, max = MAX_REASON_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.length > max ? value.slice(0, max) : value;
}
