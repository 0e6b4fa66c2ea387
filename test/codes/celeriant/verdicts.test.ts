import { describe, expect, it } from 'vitest';
import { celeriantCodeRules } from '../../../src/codes/celeriant/celeriantRules.ts';
import { classify } from '../../../src/codes/classify.ts';
import type { Action, Scope, VerdictFlags } from '../../../src/codes/types.ts';

type Expected = [Scope, Action, VerdictFlags?];

const R_FAIL: Expected = ['request', 'fail'];
const R_RETRY: Expected = ['request', 'retry'];
const R_REDIRECT: Expected = ['request', 'redirect'];
const S_RESUB: Expected = ['subscription', 'resubscribe'];
const S_UNSUB: Expected = ['subscription', 'unsubscribe'];
const FAN_OUT: Expected = ['subscription', 'resubscribe', { immediate: true }];

/** What DESIGN.md and spec celeriant.md §4 prescribe for every listed code. */
const EXPECTED: Record<number, Expected> = {
  1000: R_FAIL,
  1001: R_FAIL,
  1002: R_RETRY,
  1003: R_FAIL,
  1004: R_FAIL,
  1005: R_FAIL,
  2000: R_FAIL,
  2001: R_FAIL,
  2002: ['request', 'succeed'],
  2003: ['request', 'conflict'],
  2004: R_FAIL,
  2005: R_FAIL,
  2006: R_FAIL,
  2007: R_FAIL,
  2008: R_FAIL,
  2009: R_FAIL,
  2010: R_FAIL,
  2011: R_REDIRECT,
  2012: R_RETRY,
  2013: R_RETRY,
  2020: R_FAIL,
  2021: R_FAIL,
  2022: R_FAIL,
  2023: R_FAIL,
  2024: R_FAIL,
  2025: R_FAIL,
  2026: R_FAIL,
  2027: R_REDIRECT,
  2028: R_FAIL,
  2029: R_RETRY,
  3000: R_FAIL,
  3001: R_FAIL,
  3002: R_FAIL,
  3003: R_FAIL,
  3004: R_FAIL,
  3005: R_REDIRECT,
  3006: R_RETRY,
  4000: R_FAIL,
  4001: R_FAIL,
  4002: ['request', 'conflict'],
  4003: R_FAIL,
  4004: R_FAIL,
  4005: R_FAIL,
  4006: R_REDIRECT,
  4007: R_RETRY,
  5000: R_FAIL,
  5001: R_FAIL,
  5002: R_FAIL,
  6000: R_FAIL,
  6001: R_FAIL,
  6002: R_FAIL,
  7000: R_FAIL,
  7001: R_FAIL,
  7002: R_FAIL,
  8000: S_UNSUB,
  8001: S_UNSUB,
  8002: S_RESUB,
  8003: S_RESUB,
  8004: S_RESUB,
  8005: S_RESUB,
  9000: R_FAIL,
  9001: FAN_OUT,
  9002: FAN_OUT,
  10001: ['connection', 'refresh-token', { clearToken: true }],
  10002: ['connection', 'close', { clearToken: true }],
  10003: R_FAIL,
  10004: ['connection', 'refresh-token'],
  10005: ['connection', 'close'],
  10006: ['connection', 'close', { clearToken: true }],
  10007: R_FAIL,
  11000: R_RETRY,
};

/** A message that makes each row's verdict apply as written (fan-out needs a shard count). */
function messageFor(code: number): string {
  return code === 9001 || code === 9002 ? '{"num_shards":4}' : '{}';
}

describe('celeriant verdicts, one per listed code', () => {
  it('the table covers exactly the catalog codes', () => {
    const codes = celeriantCodeRules.map((r) => r.code).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(codes).toEqual(Object.keys(EXPECTED).map(Number));
    expect(codes).toHaveLength(71);
  });

  it.each(Object.entries(EXPECTED).map(([code, e]) => [Number(code), ...e] as const))(
    'code %i → %s / %s',
    (code, scope, action, flags) => {
      const v = classify({ protocol: 'celeriant', kind: 'error', code, message: messageFor(code) });
      expect(v.scope).toBe(scope);
      expect(v.action).toBe(action);
      expect(v.rule).toBe(`celeriant.${code}`);
      expect(v.entry?.code).toBe(code);
      expect(v.code).toBe(code);
      expect(v.resetPosition ?? false).toBe(flags?.resetPosition ?? false);
      expect(v.clearToken ?? false).toBe(flags?.clearToken ?? false);
      expect(v.immediate ?? false).toBe(flags?.immediate ?? false);
    },
  );

  it('keeps the connection verdicts to the codes after which the server closes the connection', () => {
    for (const row of celeriantCodeRules) {
      if (row.verdict.scope !== 'connection') continue;
      expect(row.extra?.connection, row.id).toBe('closes');
    }
  });

  it('9000 gives the watch reading as data, 9001/9002 the request reading', () => {
    const rows = new Map(celeriantCodeRules.map((r) => [r.code, r]));
    expect(rows.get(9000)?.extra?.onWatch).toEqual({ scope: 'subscription', action: 'unsubscribe' });
    expect(rows.get(9001)?.extra?.onRequest).toEqual({ scope: 'request', action: 'fail' });
    expect(rows.get(9002)?.extra?.onRequest).toEqual({ scope: 'request', action: 'fail' });
  });
});

describe('celeriant watch fan-out (9001, 9002)', () => {
  it.each([9001, 9002])('%i with num_shards fans out with a validated shard count', (code) => {
    const v = classify({
      protocol: 'celeriant',
      kind: 'error',
      code,
      message: '{"detail":"org_id","num_shards":8}',
    });
    expect(v).toMatchObject({ scope: 'subscription', action: 'resubscribe', immediate: true });
    expect(v.details).toEqual({ detail: 'org_id', num_shards: 8, fanOut: true, shards: 8 });
  });

  it.each([
    ['no num_shards', '{}'],
    ['zero shards', '{"num_shards":0}'],
    ['negative shards', '{"num_shards":-2}'],
    ['fractional shards', '{"num_shards":2.5}'],
    ['a million shards', '{"num_shards":1000000}'],
    ['shards as a string', '{"num_shards":"4"}'],
    ['plain text', 'routing rule mismatch'],
    ['malformed JSON', '{num_shards:4}'],
  ])('9001 with %s ends the watch instead of probing forever', (_label, message) => {
    const v = classify({ protocol: 'celeriant', kind: 'error', code: 9001, message });
    expect(v).toMatchObject({ scope: 'subscription', action: 'unsubscribe', rule: 'celeriant.9001' });
    expect(v.immediate).toBeUndefined();
    expect(Object(v.details)).not.toHaveProperty('fanOut');
  });

  it.each([
    [9001, undefined],
    [9002, undefined],
    [9001, ''],
    [9002, ''],
  ])('%i without a message (%j) ends the watch too', (code, message) => {
    const v = classify(
      message === undefined
        ? { protocol: 'celeriant', kind: 'error', code }
        : { protocol: 'celeriant', kind: 'error', code, message },
    );
    expect(v).toMatchObject({
      scope: 'subscription',
      action: 'unsubscribe',
      rule: `celeriant.${code}`,
      code,
    });
    expect(v.immediate).toBeUndefined();
    expect(v.details).toBeUndefined();
    expect(v.reason).toBe(message);
  });

  it('a server cannot forge fanOut or shards on any code', () => {
    const forged = '{"fanOut":true,"shards":99999,"num_shards":3}';
    const fan = classify({ protocol: 'celeriant', kind: 'error', code: 9002, message: forged });
    expect(fan.details).toEqual({ num_shards: 3, fanOut: true, shards: 3 });
    const other = classify({ protocol: 'celeriant', kind: 'error', code: 8002, message: forged });
    expect(other.details).toEqual({ num_shards: 3 });
  });
});
