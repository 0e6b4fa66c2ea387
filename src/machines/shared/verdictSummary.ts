import type { Action, Scope, Verdict } from '../../codes/types.ts';

/**
 * Why a machine is where it is: the parts of a verdict worth keeping in context. Plain JSON; the
 * catalog row is reduced to its id and `details` are left out (they may carry server data).
 */
export interface VerdictSummary {
  /** The catalog row id or rule that fired (`transport`, `connect-timeout`, ... for client-side causes). */
  rule: string;
  /** What the machine did about it. */
  action: Action;
  /** Which part of the session it was about. */
  scope: Scope;
  /** The numeric code the server sent, or null. */
  code: number | null;
  /** The reason text, or null. */
  reason: string | null;
  /** The catalog row id, or null when a range/default rule fired. */
  entryId: string | null;
}

/** Reduces a verdict to its {@link VerdictSummary}. */
export function summarizeVerdict(verdict: Verdict): VerdictSummary {
  return {
    rule: verdict.rule,
    action: verdict.action,
    scope: verdict.scope,
    code: verdict.code ?? null,
    reason: verdict.reason ?? null,
    entryId: verdict.entry?.id ?? null,
  };
}

/**
 * A summary for a cause the client observed itself (socket error, timeout, app call). Every rule id
 * passed here has a catalog row of protocol `client` (src/codes/client), so `explain(rule)` answers
 * for it; test/codes/local/explainCoverage.test.ts keeps the two in step.
 */
export function localCause(rule: string, action: Action, scope: Scope, reason: string): VerdictSummary {
  return { rule, action, scope, code: null, reason, entryId: null };
}
