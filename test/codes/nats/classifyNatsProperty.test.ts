import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, catalog, classify, SCOPES, type Signal } from '../../../src/codes/index.ts';

const rows = catalog('nats');
const ids = new Set([...rows.map((r) => r.id), 'nats.unknown-kind']);
const texts = rows.flatMap((r) => (r.text ? [r.text, r.name] : [r.name]));

// Server text: catalog texts in any case, wrapped in wire noise, or anything at all.
const noisyText = fc
  .tuple(fc.constantFrom(...texts), fc.string(), fc.string(), fc.boolean(), fc.boolean())
  .map(([text, before, after, upper, wire]) => {
    const body = `${before}${upper ? text.toUpperCase() : text}${after}`;
    return wire ? `-ERR '${body}'\r\n` : body;
  });
const anyValue = fc.oneof(noisyText, fc.string(), fc.string({ unit: 'binary' }), fc.anything());
const natsSignal = fc.record(
  {
    protocol: fc.constant('nats'),
    kind: fc.oneof(fc.constantFrom('err', 'close-reason', 'client-error'), fc.anything()),
    text: anyValue,
    reason: anyValue,
    name: anyValue,
  },
  { requiredKeys: ['protocol'] },
);

describe('classify on arbitrary NATS signals', () => {
  it('never throws and always names a NATS rule or row', () => {
    fc.assert(
      fc.property(natsSignal, (signal) => {
        const verdict = classify(signal as unknown as Signal);
        expect(ids.has(verdict.rule), verdict.rule).toBe(true);
        expect(SCOPES).toContain(verdict.scope);
        expect(ACTIONS).toContain(verdict.action);
        expect(verdict.reason === undefined || verdict.reason.length <= 1024).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches -ERR text regardless of case', () => {
    fc.assert(
      fc.property(noisyText, (text) => {
        const lower = classify({ protocol: 'nats', kind: 'err', text: text.toLowerCase() });
        const upper = classify({ protocol: 'nats', kind: 'err', text: text.toUpperCase() });
        expect(upper.rule).toBe(lower.rule);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a row for every catalog -ERR text inside arbitrary surrounding text', () => {
    const errTexts = rows.filter((r) => r.kind === 'err').map((r) => r.text ?? '');
    fc.assert(
      fc.property(fc.constantFrom(...errTexts), fc.string({ maxLength: 50 }), (text, noise) => {
        const verdict = classify({ protocol: 'nats', kind: 'err', text: `${noise} ${text} ${noise}` });
        expect(verdict.rule).not.toBe('nats.err.default');
      }),
    );
  });
});
