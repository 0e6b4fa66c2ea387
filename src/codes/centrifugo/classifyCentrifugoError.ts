import type { CodeRule, Verdict } from '../types.ts';
import { buildVerdict, safeCode, safeText } from '../verdictFrom.ts';
import { CENTRIFUGO_RULES, CENTRIFUGO_TABLES } from './centrifugoTables.ts';
import { type ErrorPath, phaseVerdicts } from './errorPhaseVerdicts.ts';
import { findRange } from './rowIndex.ts';
import { reasonText, rowVerdict } from './rowVerdict.ts';

/** The untrusted fields of a reply error signal. */
export interface ReplyErrorInput {
  readonly code: unknown;
  readonly message?: unknown;
  readonly temporary?: unknown;
  readonly during: unknown;
}

/**
 * Classifies a reply error (spec §3, §4). 109 refreshes the token where the phase allows it;
 * temporary errors and codes below 100 try again; the rest are terminal for the phase.
 * `temporary` comes from the signal; when the signal leaves it out, the row's flag (what the
 * server sends for that code) is used. Pass `temporary: false` to mirror centrifuge-js, which
 * reads an absent flag as false.
 */
export function classifyCentrifugoError(input: ReplyErrorInput): Verdict {
  const code = safeCode(input.code);
  const reason = safeText(input.message);
  const during = typeof input.during === 'string' ? input.during : undefined;
  const phase = phaseVerdicts(input.during);
  const exception =
    code === undefined || during === undefined
      ? undefined
      : (findRange(CENTRIFUGO_TABLES.errorRanges, code, during) ??
        (phase.alsoDuring && findRange(CENTRIFUGO_TABLES.errorRanges, code, phase.alsoDuring)));
  if (exception) return rowVerdict(exception, code, reason);

  const row = code === undefined ? undefined : CENTRIFUGO_TABLES.error.get(code);
  const clientSide = code === undefined ? undefined : findRange(CENTRIFUGO_TABLES.errorRanges, code);
  const temporary = typeof input.temporary === 'boolean' ? input.temporary : row?.temporary === true;
  const path: ErrorPath =
    code === 109 && phase.token ? 'token' : temporary || clientSide ? 'retry' : 'terminal';
  const rule: CodeRule =
    row ?? clientSide ?? (temporary ? CENTRIFUGO_RULES.errorTemporary : CENTRIFUGO_RULES.errorDefault);
  const entry = row ?? (code === undefined ? undefined : CENTRIFUGO_TABLES.clientError.get(code)) ?? rule;
  return buildVerdict(phase[path] ?? phase.retry, rule.id, entry, code, reasonText(reason));
}
