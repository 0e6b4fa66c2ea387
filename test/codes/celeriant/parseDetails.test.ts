import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DETAILS_LENGTH, parseCeleriantDetails } from '../../../src/codes/celeriant/parseDetails.ts';
import { classify } from '../../../src/codes/classify.ts';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function assertPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
}

describe('parseCeleriantDetails', () => {
  afterEach(assertPrototypeClean);

  it.each([
    ['leader redirect', '{"leader_address":"10.0.0.2:10000"}', { leader_address: '10.0.0.2:10000' }],
    ['empty object', '{}', {}],
    [
      'idempotency',
      '{"last_client_seq":41,"attempted_client_seq":41}',
      { last_client_seq: 41, attempted_client_seq: 41 },
    ],
    [
      'OCC',
      '{"expected_version":3,"current_aggregate_version":5}',
      { expected_version: 3, current_aggregate_version: 5 },
    ],
    ['surrounding spaces', '  {"detail":"GateTimeout"}  ', { detail: 'GateTimeout' }],
    ['nested', '{"detail":{"inner":[1,2]}}', { detail: { inner: [1, 2] } }],
  ])('parses a JSON object (%s)', (_label, message, expected) => {
    expect(parseCeleriantDetails(message)).toEqual(expected);
  });

  it.each([
    ['auth plain text', 'Invalid signature'],
    ['fsync {a}', '{a}'],
    ['unquoted value', '{"detail":RollbackInProgress}'],
    ['trailing comma', '{"a":1,}'],
    ['JSON array', '[1,2,3]'],
    ['JSON string', '"text"'],
    ['JSON number', '42'],
    ['JSON null', 'null'],
    ['lone brace', '{'],
  ])('keeps %s as raw text', (_label, message) => {
    expect(parseCeleriantDetails(message)).toBe(message);
  });

  it.each([[undefined], [''], [null], [42], [{}]])('returns undefined for %j', (message) => {
    expect(parseCeleriantDetails(message)).toBeUndefined();
  });

  it('bounds the length and does not parse an oversized message', () => {
    const huge = `{"detail":"${'x'.repeat(10_000)}"}`;
    const details = parseCeleriantDetails(huge);
    expect(typeof details).toBe('string');
    expect(details).toHaveLength(MAX_DETAILS_LENGTH);
  });

  it('handles deep nesting within the length bound without throwing', () => {
    const deep = `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`;
    expect(() => parseCeleriantDetails(deep)).not.toThrow();
  });

  const hostile = [
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":{"__proto__":{"isAdmin":true}},"leader_address":"10.0.0.2:10000"}',
    '{"prototype":{"polluted":true},"detail":"x"}',
    '{"__proto__":null}',
  ];

  it.each(hostile)('drops prototype keys from %s at every depth', (message) => {
    const details = parseCeleriantDetails(message);
    expect(typeof details).toBe('object');
    const record = details as Record<string, unknown>;
    expect(Object.hasOwn(record, '__proto__')).toBe(false);
    expect(Object.hasOwn(record, 'constructor')).toBe(false);
    expect(Object.hasOwn(record, 'prototype')).toBe(false);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    if (typeof record.a === 'object' && record.a !== null) {
      expect(Object.hasOwn(record.a, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(record.a)).toBe(Object.prototype);
    }
    // A consumer that merges the details the careless way still cannot reach the prototype.
    const merged = Object.assign({}, record, record.a);
    expect((merged as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(hostile)('classify keeps Object.prototype unchanged for %s', (message) => {
    for (const code of [2011, 9001, 10001, 12345, Number.NaN]) {
      const v = classify({ protocol: 'celeriant', kind: 'error', code, message });
      expect(Object.hasOwn(Object(v.details), '__proto__')).toBe(false);
      const merged: Record<string, unknown> = Object.assign({}, v.details);
      expect(merged.polluted).toBeUndefined();
    }
  });
});
