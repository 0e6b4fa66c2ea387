import { classifyLocal, LocalRows } from '../../classifyLocal.ts';
import { CodeIndex } from '../../codeIndex.ts';
import type { CodeRule, LocalSignal, Verdict } from '../../types.ts';
import { buildVerdict, safeCode, safeText } from '../../verdictFrom.ts';
import { jsApiErrorRules, jsApiFallbackRules } from './jsApiErrorRules.ts';
import { jsLocalRules } from './jsLocalRules.ts';
import { jsStatusFallbackRule, jsStatusRules } from './jsStatusRules.ts';

/** What a JetStream API error object says: `{"code":404,"err_code":10059,"description":"stream not found"}`. */
export interface JsApiErrorSignal {
  /** The HTTP-like code. */
  code?: unknown;
  /** The JetStream error code (10002 and up). */
  err_code?: unknown;
  /** The server's description. */
  description?: unknown;
}

let apiIndex: CodeIndex<CodeRule> | undefined;
const LOCAL_ROWS = /* @__PURE__ */ new LocalRows(() => jsLocalRules);

const verdictOf = (row: CodeRule, entry: CodeRule | undefined, code?: number, reason?: string): Verdict =>
  buildVerdict(row.verdict, row.id, entry, code, reason);

/**
 * Classifies a JetStream API error (`response.error` of a `$JS.API.*` reply or of a publish ack)
 * by its `err_code`; an unknown err_code falls back on its HTTP-like code (429 and 503 retry, the
 * rest fail). `verdict.code` is the err_code, `verdict.reason` the server's description. Never throws.
 */
export function classifyJsApiError(error: JsApiErrorSignal): Verdict {
  const value = typeof error === 'object' && error !== null ? error : {};
  apiIndex ??= new CodeIndex(jsApiErrorRules.map((row) => [row.code ?? 0, row] as const));
  const errCode = safeCode(value.err_code);
  const reason = safeText(value.description);
  const row = errCode === undefined ? undefined : apiIndex.get(errCode);
  if (row) return verdictOf(row, row, errCode, reason);
  const status = safeCode(value.code);
  const fallback = status === 429 || status === 503 ? jsApiFallbackRules.transient : jsApiFallbackRules.other;
  return verdictOf(fallback, undefined, errCode ?? status, reason);
}

/**
 * Classifies a status message on a pull inbox (`NATS/1.0 409 Consumer Deleted`): the row with
 * that code whose description starts the server's (servers append `of 100`), or the code's only
 * row when the description is missing, else the fallback
 * (renew the pull after a backoff). Never throws.
 */
export function classifyJsStatus(status: unknown, description?: unknown): Verdict {
  const code = safeCode(status);
  const text = safeText(description)?.trim() ?? '';
  const lower = text.toLowerCase();
  const sameCode = jsStatusRules.filter((r) => r.code === code);
  // A bare status (`NATS/1.0 503`) names its row when the code has only one.
  const row =
    sameCode.find((r) => r.text !== undefined && lower.startsWith(r.text.toLowerCase())) ??
    (sameCode.length === 1 ? sameCode[0] : undefined);
  return verdictOf(row ?? jsStatusFallbackRule, row, code, text === '' ? undefined : text);
}

/** Classifies what a JetStream call or consumer decided itself (`nats.js.timeout`, `nats.consumer.*`). */
export function classifyJsLocal(signal: Omit<LocalSignal<'nats'>, 'protocol' | 'kind'>): Verdict {
  return classifyLocal(LOCAL_ROWS, { protocol: 'nats', kind: 'local', ...signal });
}
