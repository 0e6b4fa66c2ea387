import type { CodeRule, Verdict, VerdictSpec } from '../types.ts';
import { buildVerdict, safeCode, safeText } from '../verdictFrom.ts';
import { CENTRIFUGO_RULES, CENTRIFUGO_TABLES, disconnectTemplateFor } from './centrifugoTables.ts';
import { parseCloseAdvice } from './parseCloseAdvice.ts';
import { findRange } from './rowIndex.ts';
import { reasonText, rowVerdict } from './rowVerdict.ts';

/** The action of `spec` with the reset/clear flags of the code's row (3014 keeps them on every path). */
function withRowFlags(spec: VerdictSpec, row: CodeRule | undefined): VerdictSpec {
  return row ? { ...row.verdict, scope: spec.scope, action: spec.action } : spec;
}

/**
 * Classifies a WebSocket close event as centrifuge-js 5.8 `onClose` does (spec §2b):
 * 1009 closes; JSON advice in the reason decides next; other codes below 3000 reconnect;
 * an empty reason reconnects; otherwise the disconnect rows and ranges decide.
 * A code that is not a safe integer counts as 0, like the SDK's `code || 0`.
 */
export function classifyCentrifugoClose(rawCode: unknown, rawReason: unknown): Verdict {
  const code = safeCode(rawCode);
  const effective = code ?? 0;
  const text = typeof rawReason === 'string' ? rawReason : '';
  const codeRow = CENTRIFUGO_TABLES.disconnect.get(effective);
  const below3000 = effective < 3000 ? findRange(CENTRIFUGO_TABLES.closeRanges, effective) : undefined;
  if (below3000?.extra?.overridesAdvice === true) return rowVerdict(below3000, code, safeText(text));
  const advice = parseCloseAdvice(text);
  if (advice) {
    const rule = CENTRIFUGO_RULES.closeAdvice;
    const spec = withRowFlags(
      { scope: 'connection', action: advice.reconnect ? 'reconnect' : 'close' },
      codeRow,
    );
    return buildVerdict(spec, rule.id, codeRow ?? rule, code, reasonText(advice.reason), undefined, {
      advice,
    });
  }
  if (below3000) return rowVerdict(below3000, code, safeText(text));
  if (text.length === 0) {
    const rule = CENTRIFUGO_RULES.closeEmptyReason;
    return buildVerdict(withRowFlags(rule.verdict, codeRow), rule.id, rule, code, undefined);
  }
  return disconnectTemplateFor(code).verdict(code, reasonText(safeText(text)));
}
