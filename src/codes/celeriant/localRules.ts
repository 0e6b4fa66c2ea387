import type { CodeRule, VerdictSpec } from '../types.ts';

// A watch resumes from no position: the server has no replay, so every resubscribe re-reads
// (spec celeriant.md §3.3). Hence resetPosition on every watch row.
const resubscribe: VerdictSpec = { scope: 'subscription', action: 'resubscribe', resetPosition: true };
const unsubscribe: VerdictSpec = { scope: 'subscription', action: 'unsubscribe', resetPosition: true };

const row = (id: string, name: string, verdict: VerdictSpec): CodeRule => ({
  id: `celeriant.${id}`,
  protocol: 'celeriant',
  kind: 'local',
  name,
  verdict,
});

/**
 * What a Celeriant session decides without an ErrorResponse to classify (a lost watch stream),
 * and how a server verdict of another scope is carried to a watch or a request (the `rescope`
 * signal picks one of the `server-*` rows by the cause's action).
 */
export const celeriantLocalRules: readonly CodeRule[] = [
  row('watch.eof', 'WatchStreamLost', resubscribe),
  row('watch.liveness', 'WatchSilent', resubscribe),
  row('watch.api-key', 'WatchApiKeyFailed', resubscribe),
  row('watch.reprobe', 'WatchShardLayoutChanged', resubscribe),
  row('watch.server-error', 'WatchServerError', resubscribe),
  row('watch.server-credentials', 'WatchCredentialsRefused', { ...resubscribe, clearToken: true }),
  row('watch.server-fail', 'WatchServerFailure', unsubscribe),
  row('watch.server-fail-credentials', 'WatchCredentialsRejected', { ...unsubscribe, clearToken: true }),
  row('request.server-fail', 'RequestCannotWait', { scope: 'request', action: 'fail' }),
];
