/**
 * Celeriant puts an error's detail fields inside `error_message` as JSON text, e.g.
 * `{"leader_address":"10.0.0.2:10000"}`. That text is untrusted: auth errors are plain English,
 * some fsync and replication details are malformed (`{a}`, `{"detail":RollbackInProgress}`),
 * and a hostile peer can send anything. Parsing here is lenient and never throws.
 */

/** Parsed details: the fields of a JSON object, or the raw text when it was not one. */
export type CeleriantDetails = Readonly<Record<string, unknown>> | string;

/**
 * Longest message parsed. A real ErrorResponse is a fixed-size frame (at most 1007 bytes),
 * so anything longer is not from a well-behaved server and is kept as truncated text.
 */
export const MAX_DETAILS_LENGTH = 1024;

/**
 * Keys dropped at every depth: the first three could reach a prototype if a consumer ever merged
 * the details with `Object.assign`; `fanOut` and `shards` are set only by the classifier, so a
 * server must not be able to forge them.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'fanOut',
  'shards',
]);

function dropForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a Celeriant `error_message`.
 *
 * - absent or empty text ⇒ `undefined`;
 * - a JSON object ⇒ its fields, with `__proto__`, `constructor`, `prototype`, `fanOut` and
 *   `shards` keys dropped at every depth;
 * - anything else (plain text, malformed JSON, JSON that is not an object, text over
 *   {@link MAX_DETAILS_LENGTH}) ⇒ the text itself, truncated to that length.
 *
 * @param message - the server's `error_message`; any value is accepted.
 */
export function parseCeleriantDetails(message: unknown): CeleriantDetails | undefined {
  if (typeof message !== 'string' || message.length === 0) return undefined;
  if (message.length > MAX_DETAILS_LENGTH) return message.slice(0, MAX_DETAILS_LENGTH);
  const trimmed = message.trim();
  // Only an object can carry detail fields; skip the parser for everything else.
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return message;
  try {
    const parsed: unknown = JSON.parse(trimmed, dropForbiddenKeys);
    return isPlainRecord(parsed) ? parsed : message;
  } catch {
    return message;
  }
}

/** The detail fields when the details are a JSON object, otherwise an empty record. */
export function detailFields(details: CeleriantDetails | undefined): Readonly<Record<string, unknown>> {
  return typeof details === 'object' ? details : {};
}
