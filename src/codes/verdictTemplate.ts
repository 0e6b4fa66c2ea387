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
  /**
   * The entry when the verdict names a row and sets no flag, so the object literals of
   * {@link verdict} fit it; else undefined. One field, where a flag beside the entry cost classify
   * another load on every call.
   */
  private readonly plain: CodeRule | undefined;
  /**
   * The entry when the verdict names a row and its flags are exactly `resetPosition` and
   * `clearToken`, a state invalidation (Centrifugo 3014, the one flagged disconnect code;
   * Celeriant's refused watch credentials); else undefined.
   */
  private readonly invalidation: CodeRule | undefined;

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
    const flagged = spec.resetPosition === true || spec.clearToken === true || spec.immediate === true;
    this.plain = flagged ? undefined : entry;
    const invalidates = spec.resetPosition === true && spec.clearToken === true && spec.immediate !== true;
    this.invalidation = invalidates ? entry : undefined;
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
    // The commonest field sets (a code, maybe a reason) as whole object literals: V8 then
    // allocates each verdict with its final shape in one step, where adding keys one by one made
    // classify about twice as slow. Kept small (everything else takes another method) so V8
    // inlines it into classify: one more pair of literals here and classify got slower, not
    // faster (bench/classify.bench.ts, the side-by-side bench).
    const { scope, action, rule, plain } = this;
    if (code !== undefined && target === undefined && details === undefined) {
      if (plain !== undefined)
        return reason === undefined
          ? { scope, action, rule, entry: plain, code }
          : { scope, action, rule, entry: plain, code, reason };
      const entry = this.invalidation;
      if (entry !== undefined)
        return reason === undefined
          ? { scope, action, rule, resetPosition: true, clearToken: true, entry, code }
          : { scope, action, rule, resetPosition: true, clearToken: true, entry, code, reason };
    }
    return this.general(code, reason, target, details);
  }

  /** {@link verdict} without a code, or with details, a target or other flags. */
  private general(
    code: number | undefined,
    reason: string | undefined,
    target?: string,
    details?: unknown,
  ): Verdict {
    const { scope, action, rule, plain: entry } = this;
    // verdict() took every plain case with a code and no details: these are the rest that
    // classify meets per frame (a NATS -ERR text has no code; a permission violation has details).
    if (entry !== undefined && target === undefined) {
      if (code === undefined && details === undefined)
        return reason === undefined ? { scope, action, rule, entry } : { scope, action, rule, entry, reason };
      if (reason !== undefined && details !== undefined)
        return code === undefined
          ? { scope, action, rule, entry, reason, details }
          : { scope, action, rule, entry, code, reason, details };
    }
    return buildVerdict(this.spec, rule, this.entry, code, reason, target, details);
  }
}
