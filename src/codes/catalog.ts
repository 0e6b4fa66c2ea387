import { catalogEntries } from './catalogEntries.ts';
import type { CodeEntry, EntryKind, Protocol } from './types.ts';

/**
 * Every row of the catalog, as JSON-serialisable data (for docs, dashboards and other
 * languages). Returns copies: changing them does not change the catalog.
 * @param protocol - only the rows of this protocol.
 */
export function catalog(protocol?: Protocol): CodeEntry[] {
  const all = catalogEntries();
  const rows = protocol ? all.filter((r) => r.protocol === protocol) : all;
  return rows.map((r) => structuredClone(r));
}

/**
 * The catalog row for a code or text, or undefined.
 * Numbers match `code` exactly; strings match `text` or `name` case-insensitively, then
 * as a substring of the key (NATS `-ERR` texts arrive with extra words).
 * @param protocol - the server family.
 * @param key - a numeric code, or a text, class name or close reason.
 * @param kind - narrow to one kind when a code means different things per kind.
 */
export function lookup(protocol: Protocol, key: number | string, kind?: EntryKind): CodeEntry | undefined {
  const rows = catalogEntries().filter(
    (r) => r.protocol === protocol && r.kind !== 'range' && (kind === undefined || r.kind === kind),
  );
  if (typeof key === 'number') return rows.find((r) => r.code === key);
  if (typeof key !== 'string' || key.length === 0) return undefined;
  const wanted = key.toLowerCase();
  const exact = rows.find(
    (r) => r.text?.toLowerCase() === wanted || r.name.toLowerCase() === wanted || String(r.code) === key,
  );
  if (exact) return exact;
  return rows.find((r) => r.text !== undefined && r.text.length > 0 && wanted.includes(r.text.toLowerCase()));
}
