import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';
import type { CentrifugoErrorPhase } from '../../../src/codes/types.ts';

const error = (during: CentrifugoErrorPhase, code: number, temporary?: boolean) =>
  classify({
    protocol: 'centrifugo',
    kind: 'error',
    code,
    during,
    message: 'm',
    ...(temporary === undefined ? {} : { temporary }),
  });

// Spec §4 (connect, refresh, calls) and §3 (subscribe errors), centrifuge-js 5.8.
const table = [
  // connect: temporary, below 100 or 109 try again; the rest are terminal.
  { during: 'connect', code: 100, scope: 'connection', action: 'reconnect', rule: 'centrifugo.error.100' },
  { during: 'connect', code: 111, scope: 'connection', action: 'reconnect', rule: 'centrifugo.error.111' },
  { during: 'connect', code: 113, scope: 'connection', action: 'reconnect', rule: 'centrifugo.error.113' },
  {
    during: 'connect',
    code: 109,
    scope: 'connection',
    action: 'refresh-token',
    rule: 'centrifugo.error.109',
  },
  {
    during: 'connect',
    code: 1,
    scope: 'connection',
    action: 'reconnect',
    rule: 'centrifugo.error.below-100',
  },
  {
    during: 'connect',
    code: 99,
    scope: 'connection',
    action: 'reconnect',
    rule: 'centrifugo.error.below-100',
  },
  { during: 'connect', code: 101, scope: 'connection', action: 'close', rule: 'centrifugo.error.101' },
  { during: 'connect', code: 103, scope: 'connection', action: 'close', rule: 'centrifugo.error.103' },
  { during: 'connect', code: 112, scope: 'connection', action: 'close', rule: 'centrifugo.error.112' },
  { during: 'connect', code: 1000, scope: 'connection', action: 'close', rule: 'centrifugo.error.default' },
  // subscribe
  {
    during: 'subscribe',
    code: 100,
    scope: 'subscription',
    action: 'resubscribe',
    rule: 'centrifugo.error.100',
  },
  {
    during: 'subscribe',
    code: 111,
    scope: 'subscription',
    action: 'resubscribe',
    rule: 'centrifugo.error.111',
  },
  {
    during: 'subscribe',
    code: 109,
    scope: 'subscription',
    action: 'refresh-token',
    rule: 'centrifugo.error.109',
  },
  {
    during: 'subscribe',
    code: 102,
    scope: 'subscription',
    action: 'unsubscribe',
    rule: 'centrifugo.error.102',
  },
  {
    during: 'subscribe',
    code: 103,
    scope: 'subscription',
    action: 'unsubscribe',
    rule: 'centrifugo.error.103',
  },
  {
    during: 'subscribe',
    code: 112,
    scope: 'subscription',
    action: 'unsubscribe',
    rule: 'centrifugo.error.112',
  },
  {
    during: 'subscribe',
    code: 50,
    scope: 'subscription',
    action: 'resubscribe',
    rule: 'centrifugo.error.below-100',
  },
  // A subscribe timeout reconnects the whole client; a closed connection is handled by the reconnect.
  {
    during: 'subscribe',
    code: 1,
    scope: 'connection',
    action: 'reconnect',
    rule: 'centrifugo.error.subscribe-timeout',
  },
  {
    during: 'subscribe',
    code: 11,
    scope: 'none',
    action: 'ignore',
    rule: 'centrifugo.error.subscribe-connection-closed',
  },
  // connection refresh: temporary or below 100 retry the refresh; everything else, 109 too, is terminal.
  { during: 'refresh', code: 100, scope: 'request', action: 'retry', rule: 'centrifugo.error.100' },
  { during: 'refresh', code: 1, scope: 'request', action: 'retry', rule: 'centrifugo.error.below-100' },
  { during: 'refresh', code: 103, scope: 'connection', action: 'close', rule: 'centrifugo.error.103' },
  { during: 'refresh', code: 109, scope: 'connection', action: 'close', rule: 'centrifugo.error.109' },
  // calls never touch the connection.
  { during: 'call', code: 100, scope: 'request', action: 'retry', rule: 'centrifugo.error.100' },
  { during: 'call', code: 1, scope: 'request', action: 'retry', rule: 'centrifugo.error.below-100' },
  { during: 'call', code: 11, scope: 'request', action: 'retry', rule: 'centrifugo.error.below-100' },
  { during: 'call', code: 109, scope: 'request', action: 'retry', rule: 'centrifugo.error.109' },
  { during: 'call', code: 103, scope: 'request', action: 'fail', rule: 'centrifugo.error.103' },
  { during: 'call', code: 1000, scope: 'request', action: 'fail', rule: 'centrifugo.error.default' },
] as const;

describe('Centrifugo reply errors', () => {
  it.each(table)('$during $code -> $scope $action by $rule', ({ during, code, scope, action, rule }) => {
    expect(error(during, code)).toMatchObject({ scope, action, rule, code, reason: 'm' });
  });

  it('109 clears the token so the next attempt fetches a fresh one', () => {
    expect(error('connect', 109).clearToken).toBe(true);
    expect(error('subscribe', 109).clearToken).toBe(true);
  });

  it.each(['connect', 'subscribe', 'refresh', 'call'] as const)(
    '%s: the temporary flag of the signal decides, any code',
    (during) => {
      const retry = error(during, 1000, true);
      const terminal = error(during, 1000, false);
      expect(retry.rule).toBe('centrifugo.error.temporary');
      expect(terminal.rule).toBe('centrifugo.error.default');
      expect(['reconnect', 'resubscribe', 'retry']).toContain(retry.action);
      expect(['close', 'unsubscribe', 'fail']).toContain(terminal.action);
      // An explicit false wins over the row's flag, as the SDK reads only the flag.
      expect(error(during, 100, false).action).toBe(terminal.action);
      expect(error(during, 103, true).action).toBe(retry.action);
    },
  );

  it('109 marked temporary on a refresh retries the refresh', () => {
    expect(error('refresh', 109, true)).toMatchObject({ scope: 'request', action: 'retry' });
  });

  it('a client-side code carries the SDK row as entry', () => {
    expect(error('call', 1).entry?.id).toBe('centrifugo.client.error.1');
    expect(error('connect', 98).entry?.id).toBe('centrifugo.error.below-100');
  });

  it.each([undefined, '', 'sub_refresh', '__proto__', 'constructor', 42])(
    'an unknown phase %s is treated as a call',
    (during) => {
      const verdict = classify({
        protocol: 'centrifugo',
        kind: 'error',
        code: 103,
        during: during as CentrifugoErrorPhase,
      });
      expect(verdict).toMatchObject({ scope: 'request', action: 'fail' });
    },
  );

  it.each([Number.NaN, 100.5, -0.5, '100'])('a bad code %s is terminal unless temporary', (code) => {
    const base = { protocol: 'centrifugo', kind: 'error', code: code as number, during: 'connect' } as const;
    expect(classify(base)).toMatchObject({ action: 'close', rule: 'centrifugo.error.default' });
    expect(classify({ ...base, temporary: true })).toMatchObject({ action: 'reconnect' });
    expect(classify(base).code).toBeUndefined();
  });
});
