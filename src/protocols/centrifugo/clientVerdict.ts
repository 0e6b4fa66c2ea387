import type { Scope, Verdict } from '../../codes/types.ts';
import { verdictFrom } from '../../codes/verdictFrom.ts';

/**
 * Verdicts for things the client itself decides (no server code): centrifuge-js's client codes,
 * e.g. `1 unauthorized` when `getToken` refuses. `rule` names them `centrifugo.client.<name>`.
 */
export function clientVerdict(
  scope: Scope,
  action: Verdict['action'],
  name: string,
  code: number,
  reason: string,
): Verdict {
  return verdictFrom({ scope, action }, `centrifugo.client.${name}`, { code, reason });
}

/** The connection stops: `getToken` refused or no token source is configured (client code 1). */
export const unauthorizedConnection = (): Verdict =>
  clientVerdict('connection', 'close', 'unauthorized', 1, 'unauthorized');

/** The subscription stops: its `getToken` refused or none is configured (client code 1). */
export const unauthorizedSubscription = (): Verdict =>
  clientVerdict('subscription', 'unsubscribe', 'unauthorized', 1, 'unauthorized');

/** The subscription token could not be fetched: back off and resubscribe (client code 8). */
export const subscriptionTokenFailed = (): Verdict =>
  clientVerdict('subscription', 'resubscribe', 'subscription-token', 8, 'subscription token error');
