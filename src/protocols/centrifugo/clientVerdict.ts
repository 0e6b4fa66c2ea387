import { classifyCentrifugo } from '../../codes/centrifugo/classifyCentrifugo.ts';
import type { Verdict } from '../../codes/types.ts';

/** The connection stops: `getToken` refused, or a token is needed and there is no `getToken` (code 1). */
export const unauthorizedConnection = (): Verdict =>
  classifyCentrifugo({
    protocol: 'centrifugo',
    kind: 'local',
    rule: 'centrifugo.client.disconnected.1',
    code: 1,
    reason: 'unauthorized',
  });

/** The subscription stops: its `getToken` refused or none is configured (code 1). */
export const unauthorizedSubscription = (): Verdict =>
  classifyCentrifugo({
    protocol: 'centrifugo',
    kind: 'local',
    rule: 'centrifugo.client.unsubscribed.1',
    code: 1,
    reason: 'unauthorized',
  });

/** The subscription token could not be fetched: back off and resubscribe (error code 8). */
export const subscriptionTokenFailed = (): Verdict =>
  classifyCentrifugo({
    protocol: 'centrifugo',
    kind: 'local',
    rule: 'centrifugo.client.error.8',
    code: 8,
    reason: 'subscription token error',
  });

/**
 * A transport of the list failed before any reached the server: try the next one at once
 * (centrifuge-js's first round over its transports has no reconnect delay).
 */
export const transportFallback = (reason: string): Verdict =>
  classifyCentrifugo({
    protocol: 'centrifugo',
    kind: 'local',
    rule: 'centrifugo.client.connecting.1.fallback',
    code: 1,
    reason,
  });

/** A local verdict of one of codestate's own rows (src/codes/centrifugo/codestateClientRules.ts). */
const local = (rule: string, reason: string, code?: number): Verdict =>
  classifyCentrifugo({
    protocol: 'centrifugo',
    kind: 'local',
    rule,
    reason,
    ...(code === undefined ? {} : { code }),
  });

/** A delta publication could not be decoded: resubscribe at once from the last good position. */
export const deltaFailed = (reason: string): Verdict => local('centrifugo.client.delta-failed', reason, 200);

/** The connection's getData failed: back off, connect again (centrifuge-js code 12). */
export const connectDataFailed = (): Verdict =>
  local('centrifugo.client.connect-data-failed', 'getData failed', 12);

/** A subscription's getData failed: back off, subscribe again (centrifuge-js code 12). */
export const subscribeDataFailed = (): Verdict =>
  local('centrifugo.client.subscribe-data-failed', 'getData failed', 12);

/** A subscription's getState failed: back off, subscribe again (centrifuge-js code 13). */
export const subscribeStateFailed = (): Verdict => local('centrifugo.client.error.13', 'getState failed', 13);
