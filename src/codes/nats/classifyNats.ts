import { classifyLocal, LocalRows } from '../classifyLocal.ts';
import type { CodeRule, NatsSignal, Verdict } from '../types.ts';
import { buildVerdict, safeText, verdictFrom } from '../verdictFrom.ts';
import { errTextSpan } from './cleanErrText.ts';
import { findClientErrorRow, findCloseReasonRow, findErrRule } from './findNatsRow.ts';
import { natsLocalRules } from './localRules.ts';
import { natsDefaultRules } from './natsDefaultRules.ts';
import { NATS_VERDICTS } from './natsVerdicts.ts';
import { parsePermissionViolation } from './parsePermissionViolation.ts';

const LOCAL_ROWS = /* @__PURE__ */ new LocalRows(() => natsLocalRules);

/** The row's verdict when one matched, else the default rule's, with what the server said. */
function verdictOf(entry: CodeRule | undefined, fallback: CodeRule, reason: string): Verdict {
  // An empty text says nothing, so it is left out.
  const text = reason === '' ? undefined : reason;
  return entry
    ? buildVerdict(entry.verdict, entry.id, entry, undefined, text)
    : buildVerdict(fallback.verdict, fallback.id, undefined, undefined, text);
}

/** A `-ERR`: most specific row by substring; permission rows also carry the subject named. */
function classifyErr(value: unknown): Verdict {
  const line = safeText(value) ?? '';
  const { start, end } = errTextSpan(line);
  const text = line.slice(start, end);
  const rule = findErrRule(line, start, end);
  if (rule === undefined) return verdictOf(undefined, natsDefaultRules.err, text);
  // A row matched, so the text is not empty.
  const details = rule.permission === undefined ? undefined : parsePermissionViolation(text, rule.permission);
  return rule.template.verdict(undefined, text, undefined, details);
}

/**
 * Classifies what a NATS server (or client library) said. `-ERR` texts match case-insensitively
 * by substring, most specific row first, as nats.js does; close reasons match their text or
 * constant; client errors match the nats.py or nats.js class name; local signals (lame duck,
 * exhausted pool) name their row. Anything else gets the
 * kind's default rule, and a value of the wrong type is treated as unknown, never thrown on.
 *
 * Auth verdicts (`refresh-token`) are stateless here: the connection machine closes on the
 * second auth error in a row (spec nats.md §2.2).
 *
 * @example
 * ```ts
 * classifyNats({ protocol: 'nats', kind: 'err', text: `'Permissions Violation for Subscription to "secret.x"'` })
 * // { scope: 'subscription', action: 'unsubscribe', rule: 'nats.err.permissions-violation-for-subscription',
 * //   details: { operation: 'subscription', subject: 'secret.x' }, ... }
 * ```
 */
export function classifyNats(signal: NatsSignal): Verdict {
  if (typeof signal !== 'object' || signal === null)
    return verdictFrom(NATS_VERDICTS.ignore, 'nats.unknown-kind');
  switch (signal.kind) {
    case 'err':
      return classifyErr(signal.text);
    case 'close-reason': {
      const reason = safeText(signal.reason)?.trim() ?? '';
      return verdictOf(findCloseReasonRow(reason), natsDefaultRules.closeReason, reason);
    }
    case 'client-error': {
      const name = safeText(signal.name)?.trim() ?? '';
      return verdictOf(findClientErrorRow(name), natsDefaultRules.clientError, name);
    }
    case 'local':
      return classifyLocal(LOCAL_ROWS, signal);
    default:
      return verdictFrom(NATS_VERDICTS.ignore, 'nats.unknown-kind');
  }
}
