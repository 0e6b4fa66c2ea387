import type { Action, CodeRule, Scope, Verdict, VerdictSpec } from './types.ts';
import { buildVerdict } from './verdictFrom.ts';

/**
 * A row's (or rule's) verdict parts, read once when the module loads, so that classify only
 * copies them into a new verdict. Every template has the same shape, so V8 reads its fields
 * with one cached load each; rows and their verdict specs come in dozens of shapes, and reading
 * them per frame cost more than the hand-written switch classify is measured against
 * (bench/classify.bench.ts).
 */
export class VerdictTemplate {
  /** The verdict's scope. */
  readonly scope: Scope;
  /** The verdict's action. */
  readonly action: Action;
  /** The rule that fires: the row or range rule id. */
  readonly rule: string;
  /** The row a verdict names, when a row (not only a rule) matched. */
  readonly entry: CodeRule | undefined;
  /** The spec, for verdicts that need its flags. */
  readonly spec: VerdictSpec;
  /** True when the verdict names a row and sets no flag: the object literals of {@link verdict} fit it. */
  private readonly simple: boolean;

  /**
   * @param spec - scope, action and flags.
   * @param rule - the row or rule id.
   * @param entry - the row to name on the verdict; leave out for rules without one.
   */
  constructor(spec: VerdictSpec, rule: string, entry?: CodeRule) {
    this.scope = spec.scope;
    this.action = spec.action;
    this.rule = rule;
    this.entry = entry;
    this.spec = spec;
    this.simple =
      entry !== undefined &&
      spec.resetPosition !== true &&
      spec.clearToken !== true &&
      spec.immediate !== true;
  }

  /** The template of a row: its own verdict, its id as the rule, the row as the entry. */
  static ofRow(row: CodeRule): VerdictTemplate {
    return new VerdictTemplate(row.verdict, row.id, row);
  }

  /**
   * A new verdict with what the server sent; absent parts (undefined) are left out, keys in the
   * same order as {@link buildVerdict} gives them.
   * @param code - the server's code.
   * @param reason - the server's reason or message text, kept as given.
   * @param target - redirect target.
   * @param details - parsed server details.
   */
  verdict(code: number | undefined, reason: string | undefined, target?: string, details?: unknown): Verdict {
    // The common field sets as whole object literals: V8 then allocates each verdict with its
    // final shape in one step, where adding keys one by one made classify about twice as slow.
    // Kept small (details and flags take another method) so V8 inlines it into classify.
    const { scope, action, rule, entry } = this;
    if (this.simple && entry !== undefined && target === undefined && details === undefined) {
      if (reason === undefined)
        return code === undefined ? { scope, action, rule, entry } : { scope, action, rule, entry, code };
      return code === undefined
        ? { scope, action, rule, entry, reason }
        : { scope, action, rule, entry, code, reason };
    }
    return this.general(code, reason, target, details);
  }

  /** {@link verdict} with details, a target or flags. */
  private general(
    code: number | undefined,
    reason: string | undefined,
    target?: string,
    details?: unknown,
  ): Verdict {
    const { scope, action, rule, entry } = this;
    if (this.simple && entry !== undefined && target === undefined && reason !== undefined) {
      return code === undefined
        ? { scope, action, rule, entry, reason, details }
        : { scope, action, rule, entry, code, reason, details };
    }
    return buildVerdict(this.spec, rule, entry, code, reason, target, details);
  }
}
