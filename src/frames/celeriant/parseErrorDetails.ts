/** Longest error message parsed as JSON; anything longer stays raw text. */
const MAX_DETAILS_LENGTH = 64 * 1024;

/**
 * Reads the JSON-in-message details of an ErrorResponse (spec §1.6) leniently: a JSON object
 * comes back as a plain object; plain text (10xxx auth errors) and malformed JSON (`{a}`,
 * `{"detail":RollbackInProgress}`) come back as `{ raw }`. Never throws.
 */
export function parseErrorDetails(message: string): Record<string, unknown> {
  const text = message.trim();
  if (text.startsWith('{') && text.length <= MAX_DETAILS_LENGTH) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      // Malformed JSON is a known server behaviour; keep the text below.
    }
  }
  return { raw: message };
}

/** The `leader_address` of a NotLeader detail, when it is a non-empty `host:port` string. */
export function leaderAddressOf(details: Record<string, unknown>): string | undefined {
  const address = details.leader_address;
  return typeof address === 'string' && /^[^\s:]+:\d{1,5}$/.test(address) ? address : undefined;
}

/** The `num_shards` of a 9001/9002 detail, when it is a small positive integer. */
export function numShardsOf(details: Record<string, unknown>): number | undefined {
  const n = details.num_shards;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 4096 ? n : undefined;
}
