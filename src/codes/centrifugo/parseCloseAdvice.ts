import { MAX_REASON_LENGTH, safeText } from '../verdictFrom.ts';

/** The advice a legacy-style close reason carries: `{"reason":"…","reconnect":bool}`. */
export interface CloseAdvice {
  /** Whether the client should reconnect (JavaScript truthiness of `reconnect`, as the SDK reads it). */
  reconnect: boolean;
  /** The advice's reason, when it is a string. */
  reason?: string;
}

/**
 * Reads a close reason the way centrifuge-js does: any text that `JSON.parse` accepts is
 * advice, even when it is not an object (then `reconnect` is false, as `undefined` is for the
 * SDK); text that does not parse, or parses to `null`, is a plain reason (undefined here).
 * Never throws and never reads inherited keys, so `__proto__` or `constructor` keys are inert.
 * Texts longer than {@link MAX_REASON_LENGTH} are plain: a WebSocket reason is at most 123 bytes.
 */
export function parseCloseAdvice(text: string): CloseAdvice | undefined {
  if (text.length === 0 || text.length > MAX_REASON_LENGTH) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null) return undefined;
  if (typeof parsed !== 'object') return { reconnect: false };
  const record = parsed as Record<string, unknown>;
  const reconnect = Object.hasOwn(record, 'reconnect') && Boolean(record.reconnect);
  const reason = Object.hasOwn(record, 'reason') ? safeText(record.reason) : undefined;
  return reason === undefined ? { reconnect } : { reconnect, reason };
}
