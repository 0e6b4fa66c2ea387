import { classifyCeleriant } from '../../codes/celeriant/classifyCeleriant.ts';
import type { Verdict } from '../../codes/types.ts';

/**
 * A server verdict as the request machine should see it. The catalog decides (a `rescope`
 * signal): a request verdict the machine acts on is kept; any other (e.g. the watch fan-out for
 * 9001, which on a write means "these keys span shards, retrying will fail forever") becomes the
 * `celeriant.request.server-fail` row, keeping the server's code, row and details, so the caller
 * still gets the server row's remediation from `explain(verdict)`.
 */
export function requestVerdictOf(verdict: Verdict): Verdict {
  return classifyCeleriant({ protocol: 'celeriant', kind: 'rescope', scope: 'request', cause: verdict });
}
