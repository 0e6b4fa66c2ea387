import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, classify, createClassifier, lookup } from '../../src/codes/index.ts';
import type { Signal } from '../../src/codes/types.ts';

describe('classify() dispatch and overrides', () => {
  it('answers a non-object or an unknown protocol with the unknown-protocol rule', () => {
    for (const bad of [null, undefined, 42, 'x', { protocol: 'mqtt', kind: 'err' }]) {
      const v = classify(bad as unknown as Signal);
      expect(v).toMatchObject({ scope: 'none', action: 'ignore', rule: 'unknown-protocol' });
    }
  });

  it('lets an override by exact code replace the catalog verdict and names it', () => {
    const signal: Signal = { protocol: 'centrifugo', kind: 'disconnect', code: 3501 };
    const before = classify(signal);
    const after = classify(signal, {
      overrides: [
        {
          protocol: 'centrifugo',
          kind: 'disconnect',
          code: 3501,
          verdict: { scope: 'connection', action: 'reconnect' },
          id: 'soft-3501',
        },
      ],
    });
    expect(after).toMatchObject({ action: 'reconnect', rule: 'override.soft-3501', code: 3501 });
    expect(before.rule).not.toBe(after.rule);
  });

  it('matches overrides by range and by case-insensitive text, first match wins', () => {
    const classifier = createClassifier({
      overrides: [
        { protocol: 'centrifugo', range: [4000, 4099], verdict: { scope: 'connection', action: 'close' } },
        { protocol: 'nats', text: 'MAXIMUM PAYLOAD', verdict: { scope: 'connection', action: 'close' } },
        { protocol: 'nats', text: 'maximum', verdict: { scope: 'connection', action: 'ignore' } },
      ],
    });
    expect(classifier({ protocol: 'centrifugo', kind: 'disconnect', code: 4050 }).rule).toBe(
      'override.centrifugo.0',
    );
    expect(classifier({ protocol: 'centrifugo', kind: 'disconnect', code: 4100 }).rule).not.toMatch(
      /^override/,
    );
    expect(classifier({ protocol: 'nats', kind: 'err', text: "'Maximum Payload Violation'" })).toMatchObject({
      action: 'close',
      rule: 'override.nats.1',
    });
    // an override for another protocol never applies
    expect(classifier({ protocol: 'celeriant', kind: 'error', code: 4050 }).rule).not.toMatch(/^override/);
  });

  it('never throws and always names a rule, whatever the signal', () => {
    const anySignal = fc.oneof(
      fc.record({
        protocol: fc.constantFrom('centrifugo', 'centrifugo-legacy', 'celeriant'),
        kind: fc.string(),
        code: fc.oneof(fc.double(), fc.integer(), fc.string()),
        reason: fc.string(),
      }),
      fc.record({
        protocol: fc.constant('nats'),
        kind: fc.constantFrom('err', 'close-reason', 'client-error'),
        text: fc.string(),
        reason: fc.string(),
        name: fc.string(),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(anySignal, (s) => {
        const v = classify(s as Signal);
        expect(typeof v.rule).toBe('string');
        expect(v.rule.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('catalog() and lookup()', () => {
  it('returns JSON-serialisable copies that cannot change the catalog', () => {
    const rows = catalog();
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
    const first = rows[0];
    if (!first) throw new Error('the catalog is empty');
    first.name = 'changed';
    expect(catalog()[0]?.name).not.toBe('changed');
  });

  it('has unique ids and the fields every row needs', () => {
    const rows = catalog();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      // Range and local rows have no code or text: their id is the key (`explain(id)`).
      const keyed = r.code !== undefined || r.text !== undefined;
      expect(keyed || r.kind === 'range' || r.kind === 'local', r.id).toBe(true);
      expect(r.name.length, r.id).toBeGreaterThan(0);
      expect(r.remediation.length, r.id).toBeGreaterThan(0);
      expect(r.source.length, r.id).toBeGreaterThan(0);
    }
  });

  it('filters by protocol and finds rows by code, kind and text', () => {
    expect(catalog('celeriant').every((r) => r.protocol === 'celeriant')).toBe(true);
    expect(lookup('celeriant', 2002)?.verdict.action).toBe('succeed');
    expect(lookup('centrifugo', 3500, 'disconnect')?.code).toBe(3500);
    expect(lookup('nats', 'authorization violation')?.protocol).toBe('nats');
    expect(lookup('nats', '')).toBeUndefined();
    expect(lookup('celeriant', 123456)).toBeUndefined();
  });
});
