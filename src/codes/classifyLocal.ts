import type { CodeRule, LocalSignal, Verdict, VerdictSpec } from './types.ts';
import { buildVerdict, safeCode, safeText } from './verdictFrom.ts';

const IGNORE: VerdictSpec = Object.freeze({ scope: 'none', action: 'ignore' });

/** Rule id of the verdict for a local signal that names no row the protocol has. */
export const UNKNOWN_LOCAL_RULE = 'unknown-local';

/**
 * The rows local signals of one protocol may name, keyed by id. Built on first use, not when the
 * module loads, so that importing a classifier stays free of side effects for bundlers.
 */
export class LocalRows {
  private byId: ReadonlyMap<string, CodeRule> | undefined;

  /** @param rows - the protocol's client-side rows (called once, on first use). */
  constructor(private readonly rows: () => readonly CodeRule[]) {}

  /** The row with this id, or undefined. */
  get(id: unknown): CodeRule | undefined {
    this.byId ??= new Map(this.rows().map((row) => [row.id, row]));
    return typeof id === 'string' ? this.byId.get(id) : undefined;
  }
}

/** The part of a cause worth keeping; anything that is not a verdict object gives nothing. */
function causeOf(value: unknown): Partial<Verdict> {
  return typeof value === 'object' && value !== null ? (value as Partial<Verdict>) : {};
}

/**
 * Classifies a {@link LocalSignal}: the row it names decides; the signal's code and reason (else
 * the cause's) are kept, and the cause's row and details, so `explain(verdict)` still shows the
 * server's row when a server verdict was behind it. An unknown id is ignored, never thrown on.
 * @param rows - the rows this protocol's local signals may name.
 * @param signal - what the client saw, with the row id.
 */
export function classifyLocal(rows: LocalRows, signal: LocalSignal): Verdict {
  const row = rows.get(signal.rule);
  const cause = causeOf(signal.cause);
  const code = safeCode(signal.code) ?? safeCode(cause.code);
  const reason = safeText(signal.reason) ?? safeText(cause.reason);
  if (row === undefined) return buildVerdict(IGNORE, UNKNOWN_LOCAL_RULE, undefined, code, reason);
  return buildVerdict(row.verdict, row.id, cause.entry ?? row, code, reason, undefined, cause.details);
}
