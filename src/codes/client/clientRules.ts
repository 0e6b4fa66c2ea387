import type { CodeRule, VerdictSpec } from '../types.ts';

const row = (id: string, name: string, verdict: VerdictSpec): CodeRule => ({
  id,
  protocol: 'client',
  kind: 'local',
  name,
  verdict,
});

const reconnect: VerdictSpec = { scope: 'connection', action: 'reconnect' };

/**
 * What the machines record when no server spoke: the socket failed, a timer ran out, the browser
 * went offline or the app called a method. The machines keep these ids as `lastVerdict.rule`
 * (src/machines/shared/verdictSummary.ts, `localCause`); the rows exist so that `explain(rule)`
 * and `codestate explain client <rule>` answer for every rule a status can show. The ids have no
 * protocol prefix because every protocol's session records them the same way.
 */
export const clientRules: readonly CodeRule[] = [
  row('transport', 'TransportError', reconnect),
  row('connect-timeout', 'ConnectTimeout', reconnect),
  row('liveness', 'LivenessTimeout', reconnect),
  row('browser.offline', 'BrowserOffline', reconnect),
  row('browser.pagehide', 'PageFrozen', reconnect),
  row('disconnect', 'DisconnectCalled', { scope: 'connection', action: 'close' }),
  row('stopped', 'SessionStopped', { scope: 'connection', action: 'close' }),
  row('connection.down', 'ConnectionDown', { scope: 'subscription', action: 'resubscribe' }),
  row('unsubscribe', 'UnsubscribeCalled', { scope: 'subscription', action: 'unsubscribe' }),
  row('deadline', 'DeadlinePassed', { scope: 'request', action: 'fail' }),
  row('cancel', 'RequestCancelled', { scope: 'request', action: 'fail' }),
];
