import type { CodeRule, VerdictSpec } from '../types.ts';

/** The rule for the unlisted codes of one category, `from` to `to` inclusive. */
function rangeRule(from: number, to: number, category: string, verdict: VerdictSpec): CodeRule {
  return {
    id: `celeriant.range.${from}-${to}`,
    protocol: 'celeriant',
    kind: 'range',
    name: `${category}Range`,
    verdict,
    extra: { from, to },
  };
}

/**
 * Range rules for Celeriant codes no row names, by category. Codes are sparse and unlisted
 * values are reserved, so a newer server can send one. The schema block 2020–2029 is fully
 * listed, so the 2xxx range covers the rest of 2xxx.
 */
export const celeriantRangeRules: readonly CodeRule[] = [
  rangeRule(1000, 1999, 'Read', { scope: 'request', action: 'fail' }),
  rangeRule(2000, 2999, 'Write', { scope: 'request', action: 'fail' }),
  rangeRule(3000, 3999, 'Trim', { scope: 'request', action: 'fail' }),
  rangeRule(4000, 4999, 'Delete', { scope: 'request', action: 'fail' }),
  rangeRule(5000, 5999, 'Listing', { scope: 'request', action: 'fail' }),
  rangeRule(6000, 6999, 'Replication', { scope: 'request', action: 'fail' }),
  rangeRule(7000, 7999, 'Exists', { scope: 'request', action: 'fail' }),
  rangeRule(8000, 8999, 'Watch', { scope: 'subscription', action: 'resubscribe' }),
  rangeRule(9000, 9999, 'ShardRouting', { scope: 'request', action: 'fail' }),
  rangeRule(10000, 10999, 'Identity', { scope: 'connection', action: 'refresh-token', clearToken: true }),
  rangeRule(11000, 11999, 'ServerHealth', { scope: 'request', action: 'retry' }),
];

/** The rule for codes outside every range, and for NaN, negative, fractional or huge codes. */
export const celeriantDefaultRule: CodeRule = {
  id: 'celeriant.default',
  protocol: 'celeriant',
  kind: 'range',
  name: 'Unknown',
  verdict: { scope: 'request', action: 'fail' },
  extra: { default: true },
};
