import type { Action, Scope } from '../../src/codes/index.ts';

/** A verdict written as `'<scope> <action>'`, the way a table groups the inputs that share it. */
export type VerdictKey = `${Scope} ${Action}`;

/** One input and the rule it must match. */
export type RuleRow<I> = readonly [input: I, rule: string];

/** One `it.each` row: an input, the scope and action it must get, and the rule that decides. */
export type VerdictRow<I> = [input: I, scope: Scope, action: Action, rule: string];

/**
 * Flattens inputs grouped by the verdict they expect into `[input, scope, action, rule]` rows for
 * `it.each`, in the order written, so each group states its scope and action once.
 */
export function verdictRows<I>(groups: Partial<Record<VerdictKey, readonly RuleRow<I>[]>>): VerdictRow<I>[] {
  return Object.entries(groups).flatMap(([key, rows]) => {
    const [scope, action] = key.split(' ') as [Scope, Action];
    return (rows as readonly RuleRow<I>[]).map(
      ([input, rule]) => [input, scope, action, rule] as VerdictRow<I>,
    );
  });
}
