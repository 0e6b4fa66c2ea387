import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/codes/classify.ts';
import type { CentrifugoErrorPhase } from '../../../src/codes/types.ts';
import { type VerdictRow, verdictRows } from '../verdictRows.ts';

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
const byPhase: Record<CentrifugoErrorPhase, VerdictRow<number>[]> = {
  // connect: temporary, below 100 or 109 try again; the rest are terminal.
  connect: verdictRows({
    'connection reconnect': [
      [100, 'centrifugo.error.100'],
      [111, 'centrifugo.error.111'],
      [113, 'centrifugo.error.113'],
      [1, 'centrifugo.error.below-100'],
      [99, 'centrifugo.error.below-100'],
    ],
    'connection refresh-token': [[109, 'centrifugo.error.109']],
    'connection close': [
      [101, 'centrifugo.error.101'],
      [103, 'centrifugo.error.103'],
      [112, 'centrifugo.error.112'],
      [1000, 'centrifugo.error.default'],
    ],
  }),
  subscribe: verdictRows({
    'subscription resubscribe': [
      [100, 'centrifugo.error.100'],
      [111, 'centrifugo.error.111'],
      [50, 'centrifugo.error.below-100'],
    ],
    'subscription refresh-token': [[109, 'centrifugo.error.109']],
    'subscription unsubscribe': [
      [102, 'centrifugo.error.102'],
      [103, 'centrifugo.error.103'],
      [112, 'centrifugo.error.112'],
    ],
    // A subscribe timeout reconnects the whole client; a closed connection is handled by the reconnect.
    'connection reconnect': [[1, 'centrifugo.error.subscribe-timeout']],
    'none ignore': [[11, 'centrifugo.error.subscribe-connection-closed']],
  }),
  // a subscribe with getState (rejectUnrecovered): 112 reloads the state; the rest as subscribe.
  'subscribe-strict': verdictRows({
    'subscription resubscribe': [
      [112, 'centrifugo.error.subscribe-strict-unrecoverable'],
      [100, 'centrifugo.error.100'],
    ],
    'subscription refresh-token': [[109, 'centrifugo.error.109']],
    'subscription unsubscribe': [[103, 'centrifugo.error.103']],
    'connection reconnect': [[1, 'centrifugo.error.subscribe-timeout']],
    'none ignore': [[11, 'centrifugo.error.subscribe-connection-closed']],
  }),
  // connection refresh: temporary or below 100 retry the refresh; everything else, 109 too, is terminal.
  refresh: verdictRows({
    'request retry': [
      [100, 'centrifugo.error.100'],
      [1, 'centrifugo.error.below-100'],
    ],
    'connection close': [
      [103, 'centrifugo.error.103'],
      [109, 'centrifugo.error.109'],
    ],
  }),
  // calls never touch the connection.
  call: verdictRows({
    'request retry': [
      [100, 'centrifugo.error.100'],
      [1, 'centrifugo.error.below-100'],
      [11, 'centrifugo.error.below-100'],
      [109, 'centrifugo.error.109'],
    ],
    'request fail': [
      [103, 'centrifugo.error.103'],
      [1000, 'centrifugo.error.default'],
    ],
  }),
};
const table = Object.entries(byPhase).flatMap(([during, rows]) =>
  rows.map(([code, scope, action, rule]) => ({
    during: during as CentrifugoErrorPhase,
    code,
    scope,
    action,
    rule,
  })),
);

describe('Centrifugo reply errors', () => {
  it.each(table)('$during $code -> $scope $action by $rule', ({ during, code, scope, action, rule }) => {
    expect(error(during, code)).toMatchObject({ scope, action, rule, code, reason: 'm' });
  });

  it('109 clears the token so the next attempt fetches a fresh one', () => {
    expect(error('connect', 109).clearToken).toBe(true);
    expect(error('subscribe', 109).clearToken).toBe(true);
  });

  it('112 on a strict subscribe forgets the position (getState loads a new one)', () => {
    expect(error('subscribe-strict', 112).resetPosition).toBe(true);
    expect(error('subscribe', 112).resetPosition).toBeUndefined();
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
