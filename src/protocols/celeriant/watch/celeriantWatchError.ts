import type { Verdict } from '../../../codes/types.ts';
import { celeriantRemediation } from '../celeriantRemediation.ts';

/** A watch ended for good: the server refused its scope or settings (e.g. 8001, 9000). */
export class CeleriantWatchError extends Error {
  override readonly name = 'CeleriantWatchError';
  /** The server code, when one ended the watch. */
  readonly code: number | undefined;
  /** The verdict that ended the watch. */
  readonly verdict: Verdict | undefined;
  /** How to fix it. */
  readonly remediation: string;

  constructor(message: string, verdict?: Verdict) {
    super(message);
    this.verdict = verdict;
    this.code = verdict?.code;
    this.remediation =
      celeriantRemediation(verdict) ??
      'Fix the watch scope or settings (filters matching the routing rule, requested latency under the server maximum) and open a new watch.';
  }
}
