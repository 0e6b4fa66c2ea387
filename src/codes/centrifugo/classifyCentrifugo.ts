import { classifyLocal, LocalRows } from '../classifyLocal.ts';
import type { CentrifugoSignal, Verdict } from '../types.ts';
import { safeCode, safeText } from '../verdictFrom.ts';
import { currentCentrifugoRules } from './centrifugoRules.ts';
import { CENTRIFUGO_RULES, CENTRIFUGO_TABLES, disconnectTemplateFor } from './centrifugoTables.ts';
import { classifyCentrifugoClose } from './classifyCentrifugoClose.ts';
import { classifyCentrifugoError } from './classifyCentrifugoError.ts';
import { findRange } from './rowIndex.ts';
import { reasonText, rowVerdict } from './rowVerdict.ts';

/** centrifuge-js's own codes (kind `client`): what a session decides without a server code. */
const LOCAL_ROWS = /* @__PURE__ */ new LocalRows(() =>
  currentCentrifugoRules.filter((row) => row.kind === 'client'),
);

/** Unsubscribe push (spec §3): below 2500 unsubscribe, 2500 and up resubscribe at once. */
function classifyUnsubscribe(rawCode: unknown, rawReason: unknown): Verdict {
  const code = safeCode(rawCode);
  const row =
    code === undefined
      ? CENTRIFUGO_RULES.unsubscribeDefault
      : (CENTRIFUGO_TABLES.unsubscribe.get(code) ??
        findRange(CENTRIFUGO_TABLES.unsubscribeRanges, code) ??
        CENTRIFUGO_RULES.unsubscribeDefault);
  return rowVerdict(row, code, safeText(rawReason));
}

/**
 * Classifies a Centrifugo signal (current numbering) as centrifuge-js 5.8 acts on it:
 * disconnect pushes, WebSocket close events, unsubscribe pushes and reply errors, and local
 * signals that name one of centrifuge-js's own client-side codes (`centrifugo.client.*`).
 * Never throws: bad codes (NaN, fractions, huge numbers, non-numbers) and any reason text
 * get the kind's default rule, and `rule` names the row or rule that fired.
 */
export function classifyCentrifugo(signal: CentrifugoSignal): Verdict {
  switch (signal.kind) {
    case 'disconnect': {
      // Disconnect push (spec §2a): the row or range decides; the push's own reconnect flag is
      // ignored. Written here rather than in a helper: one call less on the commonest signal.
      const code = safeCode(signal.code);
      return disconnectTemplateFor(code).verdict(code, reasonText(safeText(signal.reason)));
    }
    case 'close':
      return classifyCentrifugoClose(signal.code, signal.reason);
    case 'unsubscribe':
      return classifyUnsubscribe(signal.code, signal.reason);
    case 'error':
      return classifyCentrifugoError(signal);
    case 'local':
      return classifyLocal(LOCAL_ROWS, signal);
    default:
      return rowVerdict(CENTRIFUGO_RULES.unknownKind, undefined, undefined);
  }
}
