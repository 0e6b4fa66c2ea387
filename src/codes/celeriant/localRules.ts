import type { CodeRule, VerdictSpec } from '../types.ts';

// A watch resumes from no position: the server has no replay, so every resubscribe re-reads
// (spec celeriant.md §3.3). Hence resetPosition on every watch row.
const resubscribe: VerdictSpec = { scope: 'subscription', action: 'resubscribe', resetPosition: true };
const unsubscribe: VerdictSpec = { scope: 'subscription', action: 'unsubscribe', resetPosition: true };
const base = { protocol: 'celeriant', kind: 'local' } as const;

/**
 * What a Celeriant session decides without an ErrorResponse to classify (a lost watch stream),
 * and how a server verdict of another scope is carried to a watch or a request (the `rescope`
 * signal picks one of the `server-*` rows by the cause's action).
 */
export const celeriantLocalRules: readonly CodeRule[] = [
  { ...base, id: 'celeriant.watch.eof', name: 'WatchStreamLost', verdict: resubscribe },
  { ...base, id: 'celeriant.watch.liveness', name: 'WatchSilent', verdict: resubscribe },
  { ...base, id: 'celeriant.watch.api-key', name: 'WatchApiKeyFailed', verdict: resubscribe },
  { ...base, id: 'celeriant.watch.reprobe', name: 'WatchShardLayoutChanged', verdict: resubscribe },
  { ...base, id: 'celeriant.watch.server-error', name: 'WatchServerError', verdict: resubscribe },
  {
    ...base,
    id: 'celeriant.watch.server-credentials',
    name: 'WatchCredentialsRefused',
    verdict: { ...resubscribe, clearToken: true },
  },
  { ...base, id: 'celeriant.watch.server-fail', name: 'WatchServerFailure', verdict: unsubscribe },
  {
    ...base,
    id: 'celeriant.watch.server-fail-credentials',
    name: 'WatchCredentialsRejected',
    verdict: { ...unsubscribe, clearToken: true },
  },
  {
    ...base,
    id: 'celeriant.request.server-fail',
    name: 'RequestCannotWait',
    verdict: { scope: 'request', action: 'fail' },
  },
];
