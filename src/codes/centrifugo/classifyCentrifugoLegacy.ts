import type { CentrifugoLegacySignal, Verdict } from '../types.ts';
import { buildVerdict, safeCode, safeText } from '../verdictFrom.ts';
import { CENTRIFUGO_RULES, CENTRIFUGO_TABLES } from './centrifugoTables.ts';
import { parseCloseAdvice } from './parseCloseAdvice.ts';
import { reasonText, rowVerdict } from './rowVerdict.ts';

/**
 * Classifies a close or disconnect from a Centrifugo <= v3.1 server (legacy numbering, spec
 * §2f): JSON advice in the reason wins; otherwise the code's own reconnect flag from the legacy
 * table (3012 and 3013 are terminal there); codes the table lacks reconnect, as legacy clients
 * did without advice. Never throws on bad codes or reasons.
 */
export function classifyCentrifugoLegacy(signal: CentrifugoLegacySignal): Verdict {
  const code = safeCode(signal.code);
  const text = typeof signal.reason === 'string' ? signal.reason : '';
  const row = code === undefined ? undefined : CENTRIFUGO_TABLES.legacyDisconnect.get(code);
  const advice = parseCloseAdvice(text);
  if (advice) {
    const spec = { scope: 'connection', action: advice.reconnect ? 'reconnect' : 'close' } as const;
    const rule = CENTRIFUGO_RULES.legacyAdvice;
    return buildVerdict(spec, rule.id, row ?? rule, code, reasonText(advice.reason), undefined, { advice });
  }
  return rowVerdict(row ?? CENTRIFUGO_RULES.legacyDefault, code, safeText(text));
}
