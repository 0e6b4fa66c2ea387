import type { CentrifugoLegacySignal, Verdict } from '../types.ts';
import { buildVerdict, safeCode, safeText } from '../verdictFrom.ts';
import { legacyCentrifugoRules } from './legacyCentrifugoRules.ts';
import { parseCloseAdvice } from './parseCloseAdvice.ts';
import { indexByCode, rowById } from './rowIndex.ts';
import { reasonText, rowVerdict } from './rowVerdict.ts';

/** The legacy tables, built when the module loads (only apps that classify legacy codes load it). */
const LEGACY_DISCONNECT = /* @__PURE__ */ indexByCode(legacyCentrifugoRules, 'disconnect');
const LEGACY_ADVICE = /* @__PURE__ */ rowById(legacyCentrifugoRules, 'centrifugo-legacy.json-advice');
const LEGACY_DEFAULT = /* @__PURE__ */ rowById(legacyCentrifugoRules, 'centrifugo-legacy.disconnect.default');

/**
 * Classifies a close or disconnect from a Centrifugo <= v3.1 server (legacy numbering, spec
 * §2f): JSON advice in the reason wins; otherwise the code's own reconnect flag from the legacy
 * table (3012 and 3013 are terminal there); codes the table lacks reconnect, as legacy clients
 * did without advice. Never throws on bad codes or reasons.
 */
export function classifyCentrifugoLegacy(signal: CentrifugoLegacySignal): Verdict {
  const code = safeCode(signal.code);
  const text = typeof signal.reason === 'string' ? signal.reason : '';
  const row = code === undefined ? undefined : LEGACY_DISCONNECT.get(code);
  const advice = parseCloseAdvice(text);
  if (advice) {
    const spec = { scope: 'connection', action: advice.reconnect ? 'reconnect' : 'close' } as const;
    const rule = LEGACY_ADVICE;
    return buildVerdict(spec, rule.id, row ?? rule, code, reasonText(advice.reason), undefined, { advice });
  }
  return rowVerdict(row ?? LEGACY_DEFAULT, code, safeText(text));
}
