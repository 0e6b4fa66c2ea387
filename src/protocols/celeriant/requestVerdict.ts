import type { Verdict } from '../../codes/types.ts';
import { verdictFrom } from '../../codes/verdictFrom.ts';

/** The verdict actions the request machine acts on. */
const REQUEST_ACTIONS = new Set(['succeed', 'conflict', 'fail', 'redirect', 'retry']);

/**
 * A server verdict as the request machine should see it. A verdict of another scope or action
 * (e.g. the catalog's watch fan-out for 9001, which on a write means "these keys span shards,
 * retrying will fail forever") is not something the request can wait out: it becomes a `fail`
 * with the same rule, code, entry and details, so the caller gets the row's remediation.
 */
export function requestVerdictOf(verdict: Verdict): Verdict {
  if (verdict.scope === 'request' && REQUEST_ACTIONS.has(verdict.action)) return verdict;
  return verdictFrom({ scope: 'request', action: 'fail' }, verdict.rule, {
    ...(verdict.code === undefined ? {} : { code: verdict.code }),
    ...(verdict.reason === undefined ? {} : { reason: verdict.reason }),
    ...(verdict.entry === undefined ? {} : { entry: verdict.entry }),
    ...(verdict.details === undefined ? {} : { details: verdict.details }),
  });
}
