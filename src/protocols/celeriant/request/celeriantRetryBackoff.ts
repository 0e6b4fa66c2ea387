import type { BackoffPolicy } from '../../../machines/backoff/backoffPolicy.ts';
import { randomUpTo, stepOf } from '../../../machines/backoff/backoffPolicy.ts';

/**
 * Request retry delay: the Celeriant reference apps' `100 ms · 2^n + jitter(0–49 ms)` (spec §5),
 * capped at 5 s. The official pools retry at once instead, which hammers a node that just said
 * it is busy; this policy waits as the server's docs ask ("back off and retry").
 */
export const celeriantRetryBackoff: BackoffPolicy = {
  name: 'celeriant-retry',
  delay(attempt, random) {
    return Math.min(5000, 100 * 2 ** Math.min(stepOf(attempt), 16) + randomUpTo(49, random));
  },
};
