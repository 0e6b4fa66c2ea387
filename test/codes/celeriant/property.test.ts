import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { celeriantCodeRules } from '../../../src/codes/celeriant/celeriantRules.ts';
import { parseLeaderAddress } from '../../../src/codes/celeriant/parseLeaderAddress.ts';
import { classify } from '../../../src/codes/classify.ts';
import { ACTIONS, SCOPES, type Signal } from '../../../src/codes/types.ts';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const KNOWN_CODES = celeriantCodeRules.map((r) => r.code ?? 0);
const RULE = /^celeriant\.(\d+|range\.\d+-\d+|default)$/;

const code = fc.oneof(
  fc.constantFrom(...KNOWN_CODES),
  fc.integer(),
  fc.integer({ min: 0, max: 13_000 }),
  fc.double(),
  fc.constantFrom(Number.NaN, -0, Number.POSITIVE_INFINITY, 2 ** 53),
  fc.anything(),
);

const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'leader_address',
    'num_shards',
    'fanOut',
    'shards',
  ),
  fc.string(),
);
const jsonish = fc.dictionary(hostileKey, fc.jsonValue(), { maxKeys: 5 }).map((d) => JSON.stringify(d));
const message = fc.oneof(
  fc.constant(undefined),
  fc.string(),
  fc.string({ minLength: 1000, maxLength: 3000 }),
  jsonish,
  jsonish.map((s) => s.slice(0, Math.max(1, s.length - 1))),
  fc.constantFrom('{a}', '{"detail":RollbackInProgress}', '{"__proto__":{"polluted":1}}'),
  fc.anything(),
);

describe('celeriant classify on arbitrary signals', () => {
  it('never throws and always returns a well-formed verdict', () => {
    fc.assert(
      fc.property(code, message, (c, m) => {
        const signal = { protocol: 'celeriant', kind: 'error', code: c, message: m } as unknown as Signal;
        const v = classify(signal);
        expect(SCOPES).toContain(v.scope);
        expect(ACTIONS).toContain(v.action);
        expect(v.rule).toMatch(RULE);
        if (v.target !== undefined) {
          expect(v.action).toBe('redirect');
          expect(parseLeaderAddress(v.target)).toBe(v.target);
        }
        if (typeof v.reason === 'string') expect(v.reason.length).toBeLessThanOrEqual(1024);
        expect(() => JSON.stringify(v)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
