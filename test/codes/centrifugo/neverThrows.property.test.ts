import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/codes/catalog.ts';
import { classify } from '../../../src/codes/classify.ts';
import { ACTIONS, SCOPES, type Signal } from '../../../src/codes/types.ts';
import { MAX_REASON_LENGTH } from '../../../src/codes/verdictFrom.ts';

const ruleIds = new Set([...catalog('centrifugo'), ...catalog('centrifugo-legacy')].map((r) => r.id));

const code = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.integer({ min: 0, max: 6000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, 1009, 2502, 3014),
  fc.string(),
  fc.anything(),
);
const jsonish = fc.oneof(
  fc.json(),
  fc.record({ reason: fc.anything(), reconnect: fc.anything() }).map((a) => JSON.stringify(a) ?? ''),
  fc.constantFrom('{"__proto__":{"reconnect":true}}', '{a}', '{"reconnect": tru}', 'null', ''),
);
const reason = fc.oneof(fc.string(), jsonish, fc.string({ minLength: 2000, maxLength: 5000 }), fc.anything());
const signal = fc.record(
  {
    protocol: fc.constantFrom('centrifugo', 'centrifugo-legacy'),
    kind: fc.oneof(fc.constantFrom('disconnect', 'close', 'unsubscribe', 'error'), fc.string()),
    code,
    reason,
    message: reason,
    temporary: fc.anything(),
    during: fc.oneof(fc.constantFrom('connect', 'subscribe', 'refresh', 'call'), fc.string()),
  },
  { requiredKeys: ['protocol', 'kind'] },
);

describe('classify on arbitrary Centrifugo signals', () => {
  it('never throws, always names a catalog rule and never pollutes prototypes', () => {
    fc.assert(
      fc.property(signal, (s) => {
        const verdict = classify(s as unknown as Signal);
        expect(SCOPES).toContain(verdict.scope);
        expect(ACTIONS).toContain(verdict.action);
        expect(ruleIds.has(verdict.rule)).toBe(true);
        if (verdict.code !== undefined) expect(Number.isSafeInteger(verdict.code)).toBe(true);
        if (verdict.reason !== undefined)
          expect(verdict.reason.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
        expect(({} as Record<string, unknown>).reconnect).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('disconnect pushes follow the range rule for every integer code', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 1_000_000 }), (c) => {
        const terminal = (c >= 3500 && c < 4000) || (c >= 4500 && c < 5000);
        const verdict = classify({ protocol: 'centrifugo', kind: 'disconnect', code: c });
        expect(verdict.action).toBe(terminal ? 'close' : 'reconnect');
      }),
    );
  });

  it('unsubscribe pushes split at 2500 for every integer code', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 1_000_000 }), (c) => {
        const verdict = classify({ protocol: 'centrifugo', kind: 'unsubscribe', code: c });
        expect(verdict.action).toBe(c < 2500 ? 'unsubscribe' : 'resubscribe');
      }),
    );
  });
});
