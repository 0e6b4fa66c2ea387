import type { CeleriantSignal, CodeEntry, Verdict } from '../types.ts';
import { safeCode, safeText, verdictFrom } from '../verdictFrom.ts';
import { celeriantCodeRows } from './celeriantRows.ts';
import { fanOutDetails, verdictSpecOf } from './fanOutDetails.ts';
import { detailFields, parseCeleriantDetails } from './parseDetails.ts';
import { parseLeaderAddress } from './parseLeaderAddress.ts';
import { celeriantDefaultRow, celeriantRangeRows } from './rangeRows.ts';

const ROW_BY_CODE: ReadonlyMap<number, CodeEntry> = new Map(
  celeriantCodeRows.flatMap((row) => (row.code === undefined ? [] : [[row.code, row] as const])),
);

interface Range {
  from: number;
  to: number;
  row: CodeEntry;
}

const RANGES: readonly Range[] = celeriantRangeRows.flatMap((row) => {
  const { from, to } = row.extra ?? {};
  return typeof from === 'number' && typeof to === 'number' ? [{ from, to, row }] : [];
});

/** The row for a code: its own row, else the first range that holds it, else the default rule. */
function ruleRow(code: number | undefined): CodeEntry {
  if (code === undefined) return celeriantDefaultRow;
  const row = ROW_BY_CODE.get(code);
  if (row) return row;
  return RANGES.find((r) => code >= r.from && code <= r.to)?.row ?? celeriantDefaultRow;
}

/**
 * Classifies a Celeriant ErrorResponse into a {@link Verdict}.
 *
 * - A listed code uses its row (`rule` = `celeriant.<code>`, `entry` set); an unlisted one the
 *   range of its category (`celeriant.range.<from>-<to>`); NaN, negative, fractional, huge or
 *   out-of-category codes the `celeriant.default` rule.
 * - `details` holds the parsed JSON-in-message fields, or the raw text when it is not JSON.
 * - Redirect verdicts (2011, 3005, 4006, 2027) carry `target` when `leader_address` is a valid
 *   `host:port`; without it the verdict still says redirect and the session falls back to seeds.
 * - Fan-out rows (9001, 9002) add `details.fanOut` and a validated `details.shards`; without a
 *   usable `num_shards` the row's `extra.withoutShards` verdict applies instead.
 *
 * Never throws, whatever the code and message.
 * @param signal - what the server sent: `{ protocol: 'celeriant', kind: 'error', code, message? }`.
 */
export function classifyCeleriant(signal: CeleriantSignal): Verdict {
  const code = safeCode(signal.code);
  const message = safeText(signal.message);
  const row = ruleRow(code);
  const parsed = parseCeleriantDetails(message);
  const extra: Omit<Verdict, 'scope' | 'action' | 'rule'> = {};
  if (row.kind !== 'range') extra.entry = row;
  if (code !== undefined) extra.code = code;
  if (message !== undefined) extra.reason = message;
  if (parsed !== undefined) extra.details = parsed;

  let spec = row.verdict;
  if (spec.action === 'redirect') {
    const target = parseLeaderAddress(detailFields(parsed).leader_address);
    if (target !== undefined) extra.target = target;
  }
  if (row.extra?.fanOut === true) {
    const fanOut = fanOutDetails(parsed);
    if (fanOut) extra.details = fanOut;
    else spec = verdictSpecOf(row.extra.withoutShards) ?? spec;
  }
  return verdictFrom(spec, row.id, extra);
}
