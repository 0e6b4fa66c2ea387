import { classifyLocal, LocalRows } from '../classifyLocal.ts';
import { DenseCodeTable } from '../denseCodeTable.ts';
import type { CeleriantErrorSignal, CeleriantSignal, CodeRule, Verdict } from '../types.ts';
import { safeCode, safeText } from '../verdictFrom.ts';
import { VerdictTemplate } from '../verdictTemplate.ts';
import { celeriantCodeRules } from './celeriantRules.ts';
import { fanOutDetails, verdictSpecOf } from './fanOutDetails.ts';
import { celeriantLocalRules } from './localRules.ts';
import { parseCeleriantDetails } from './parseDetails.ts';
import { parseLeaderAddress } from './parseLeaderAddress.ts';
import { celeriantDefaultRule, celeriantRangeRules } from './rangeRules.ts';
import { rescopeCeleriant } from './rescopeCeleriant.ts';

/** What a row or range decides, read from it once when the module loads. */
interface CeleriantRule {
  /** The verdict; range and default rules name no entry. */
  readonly template: VerdictTemplate;
  /** Fan-out rows (9001, 9002): the verdict when `num_shards` is unusable; else undefined. */
  readonly withoutShards: VerdictTemplate | undefined;
}

function ruleOf(row: CodeRule): CeleriantRule {
  const entry = row.kind === 'range' ? undefined : row;
  const template = new VerdictTemplate(row.verdict, row.id, entry);
  if (row.extra?.fanOut !== true) return { template, withoutShards: undefined };
  const spec = verdictSpecOf(row.extra.withoutShards) ?? row.verdict;
  return { template, withoutShards: new VerdictTemplate(spec, row.id, entry) };
}

const DEFAULT_RULE = ruleOf(celeriantDefaultRule);
const LOCAL_ROWS = /* @__PURE__ */ new LocalRows(() => celeriantLocalRules);

/**
 * Every code the rows and ranges name, resolved once to its row's rule, else the first range that
 * holds it: one lookup per error instead of a row lookup and a range scan. The ranges cover
 * 1000-11999 (12,000 slots, built on the first error, not at import).
 */
function resolveRules(): DenseCodeTable<CeleriantRule> {
  const byRow = celeriantCodeRules.flatMap((row) =>
    row.code === undefined ? [] : [[row.code, ruleOf(row)] as const],
  );
  const byRange = celeriantRangeRules.flatMap((row) => {
    const { from, to } = row.extra ?? {};
    if (typeof from !== 'number' || typeof to !== 'number') return [];
    const rule = ruleOf(row);
    return Array.from({ length: to - from + 1 }, (_, i) => [from + i, rule] as const);
  });
  // Rows first: when a row and a range name one code, the first pair wins.
  return new DenseCodeTable([...byRow, ...byRange], DEFAULT_RULE);
}
let rules: DenseCodeTable<CeleriantRule> | undefined;

/** The rule for a code: its own row, else the first range that holds it, else the default rule. */
function ruleFor(code: number | undefined): CeleriantRule {
  rules ??= resolveRules();
  return rules.get(code);
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
 * Local signals name a `celeriant.watch.*` row (a lost watch stream); `rescope` signals carry a
 * server verdict to a watch or a request (see `rescopeCeleriant`). Any other kind is read as an
 * ErrorResponse, as before those kinds existed.
 *
 * Never throws, whatever the code and message.
 * @param signal - what the server sent: `{ protocol: 'celeriant', kind: 'error', code, message? }`.
 */
export function classifyCeleriant(signal: CeleriantSignal): Verdict {
  if (signal.kind === 'local') return classifyLocal(LOCAL_ROWS, signal);
  if (signal.kind === 'rescope') return rescopeCeleriant(LOCAL_ROWS, signal);
  return classifyError(signal);
}

/** An ErrorResponse: its row, range or default rule, with the parsed details and leader target. */
function classifyError(signal: CeleriantErrorSignal): Verdict {
  const code = safeCode(signal.code);
  const message = safeText(signal.message);
  const rule = ruleFor(code);
  // Without a message there are no details, no leader and no shard count: the verdict is the
  // row's (or its no-shards alternative). Kept apart so this common path stays small enough for
  // V8 to inline whole into the caller.
  if (message === undefined || message === '')
    return (rule.withoutShards ?? rule.template).verdict(code, message);
  return classifyWithMessage(rule, code, message);
}

/** {@link classifyError} for an ErrorResponse with a message: details, leader target, fan-out. */
function classifyWithMessage(rule: CeleriantRule, code: number | undefined, message: string): Verdict {
  const parsed = parseCeleriantDetails(message);
  const target =
    rule.template.action === 'redirect' && typeof parsed === 'object'
      ? parseLeaderAddress(parsed.leader_address)
      : undefined;
  if (rule.withoutShards === undefined) return rule.template.verdict(code, message, target, parsed);
  const fanOut = fanOutDetails(parsed);
  return fanOut
    ? rule.template.verdict(code, message, target, fanOut)
    : rule.withoutShards.verdict(code, message, target, parsed);
}
