import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/codes/catalog.ts';
import { celeriantRangeRules } from '../../../src/codes/celeriant/rangeRules.ts';
import { classify } from '../../../src/codes/classify.ts';

function ruleOf(code: number): string {
  return classify({ protocol: 'celeriant', kind: 'error', code }).rule;
}

describe('celeriant range and default rules', () => {
  it.each([
    [999, 'celeriant.default'],
    [1000, 'celeriant.1000'],
    [1006, 'celeriant.range.1000-1999'],
    [1999, 'celeriant.range.1000-1999'],
    [2014, 'celeriant.range.2000-2999'],
    [2019, 'celeriant.range.2000-2999'],
    [2030, 'celeriant.range.2000-2999'],
    [2999, 'celeriant.range.2000-2999'],
    [3007, 'celeriant.range.3000-3999'],
    [4008, 'celeriant.range.4000-4999'],
    [5003, 'celeriant.range.5000-5999'],
    [6003, 'celeriant.range.6000-6999'],
    [7003, 'celeriant.range.7000-7999'],
    [8006, 'celeriant.range.8000-8999'],
    [8999, 'celeriant.range.8000-8999'],
    [9003, 'celeriant.range.9000-9999'],
    [10000, 'celeriant.range.10000-10999'],
    [10008, 'celeriant.range.10000-10999'],
    [10999, 'celeriant.range.10000-10999'],
    [11001, 'celeriant.range.11000-11999'],
    [11999, 'celeriant.range.11000-11999'],
    [12000, 'celeriant.default'],
    [0, 'celeriant.default'],
    [-2011, 'celeriant.default'],
    [2 ** 32, 'celeriant.default'],
  ])('code %i → %s', (code, rule) => {
    expect(ruleOf(code)).toBe(rule);
  });

  it.each(
    celeriantRangeRules.map(
      (row) => [row.id, row.extra?.from as number, row.extra?.to as number, row] as const,
    ),
  )('%s: its upper bound uses it, the next code does not', (id, _from, to, row) => {
    const v = classify({ protocol: 'celeriant', kind: 'error', code: to });
    expect(v.rule).toBe(id);
    expect(v).toMatchObject({ scope: row.verdict.scope, action: row.verdict.action });
    expect(v.entry).toBeUndefined();
    expect(ruleOf(to + 1)).not.toBe(id);
  });

  it('unknown codes get the category verdict', () => {
    expect(classify({ protocol: 'celeriant', kind: 'error', code: 8042 })).toMatchObject({
      scope: 'subscription',
      action: 'resubscribe',
    });
    expect(classify({ protocol: 'celeriant', kind: 'error', code: 10042 })).toMatchObject({
      scope: 'connection',
      action: 'refresh-token',
      clearToken: true,
    });
    expect(classify({ protocol: 'celeriant', kind: 'error', code: 11042 })).toMatchObject({
      scope: 'request',
      action: 'retry',
    });
  });

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [2011.5],
    [Number.MAX_SAFE_INTEGER + 2],
  ])('the untrusted code %d gets the default rule and no code on the verdict', (code) => {
    const v = classify({ protocol: 'celeriant', kind: 'error', code, message: '{"leader_address":"h:1"}' });
    expect(v).toMatchObject({ scope: 'request', action: 'fail', rule: 'celeriant.default' });
    expect(v).not.toHaveProperty('code');
    expect(v).not.toHaveProperty('target');
  });

  it('a code sent as a string is not trusted as a number', () => {
    const v = classify({ protocol: 'celeriant', kind: 'error', code: '2011' as unknown as number });
    expect(v.rule).toBe('celeriant.default');
  });

  it('range rows and the default rule are in the catalog as data', () => {
    const ranges = catalog('celeriant').filter((r) => r.kind === 'range');
    expect(ranges.map((r) => r.id)).toContain('celeriant.default');
    for (const r of ranges.filter((x) => x.id !== 'celeriant.default')) {
      expect(typeof r.extra?.from).toBe('number');
      expect(typeof r.extra?.to).toBe('number');
    }
  });
});
