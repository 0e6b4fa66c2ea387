import { centrifugoRules } from '../../codes/centrifugo/centrifugoRules.ts';
import type { CodeRule, Verdict, VerdictSpec } from '../../codes/types.ts';
import { verdictFrom, verdictOfEntry } from '../../codes/verdictFrom.ts';

// The lean rules, not catalog(): a session must not ship the catalog's documentation text.
let rules: Map<string, CodeRule> | undefined;

/**
 * The verdict of a client-side catalog rule (centrifuge-js's own codes, e.g.
 * `centrifugo.client.disconnected.1` unauthorized), so client decisions come from the catalog too.
 * `fallback` is used only if the rule is missing.
 */
function clientVerdict(id: string, fallback: VerdictSpec, code: number, reason: string): Verdict {
  rules ??= new Map(centrifugoRules.map((rule) => [rule.id, rule]));
  const rule = rules.get(id);
  return rule ? verdictOfEntry(rule, { code, reason }) : verdictFrom(fallback, id, { code, reason });
}

/** The connection stops: `getToken` refused, or a token is needed and there is no `getToken` (code 1). */
export const unauthorizedConnection = (): Verdict =>
  clientVerdict(
    'centrifugo.client.disconnected.1',
    { scope: 'connection', action: 'close' },
    1,
    'unauthorized',
  );

/** The subscription stops: its `getToken` refused or none is configured (code 1). */
export const unauthorizedSubscription = (): Verdict =>
  clientVerdict(
    'centrifugo.client.unsubscribed.1',
    { scope: 'subscription', action: 'unsubscribe' },
    1,
    'unauthorized',
  );

/** The subscription token could not be fetched: back off and resubscribe (error code 8). */
export const subscriptionTokenFailed = (): Verdict =>
  clientVerdict(
    'centrifugo.client.error.8',
    { scope: 'subscription', action: 'resubscribe' },
    8,
    'subscription token error',
  );
