import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, lookup } from '../../../src/codes/catalog.ts';
import { classify } from '../../../src/codes/classify.ts';

interface SeedCode {
  code: number;
  name: string;
  meaning: string;
  category: string;
}

// Extracted once from ../shared/seeds by scripts/extract-seed-codes-celeriant.ts.
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/seed-codes/celeriant.json', import.meta.url), 'utf8'),
) as { seed: string; codes: SeedCode[] };

/** Codes the spec note found in the current server that the seed lacks (§4.3). */
const SPEC_ONLY = [3006, 4007, 8005];

describe('celeriant seed rows', () => {
  it('the fixture holds all 68 seed codes, once each', () => {
    expect(fixture.codes).toHaveLength(68);
    expect(new Set(fixture.codes.map((c) => c.code)).size).toBe(68);
  });

  it.each(fixture.codes.map((c) => [c.code, c] as const))('seed code %i is a catalog row', (code, seed) => {
    const row = lookup('celeriant', code);
    expect(row).toBeDefined();
    expect(row).toMatchObject({
      id: `celeriant.${code}`,
      protocol: 'celeriant',
      kind: 'error',
      code,
      name: seed.name,
      message: seed.meaning,
    });
    expect(row?.source).toContain(fixture.seed);
  });

  it('adds exactly the codes the spec note found beyond the seed', () => {
    const seedCodes = new Set(fixture.codes.map((c) => c.code));
    const extra = catalog('celeriant')
      .filter((r) => r.kind === 'error' && r.code !== undefined && !seedCodes.has(r.code))
      .map((r) => r.code);
    expect(extra).toEqual(SPEC_ONLY);
    for (const code of SPEC_ONLY) expect(lookup('celeriant', code)?.source).toContain('§4.3');
  });

  it('lookup finds 2011 NotLeader by code and by name', () => {
    const row = lookup('celeriant', 2011);
    expect(row).toMatchObject({ name: 'NotLeader', verdict: { scope: 'request', action: 'redirect' } });
    expect(row?.extra?.detailShape).toContain('leader_address');
    expect(lookup('celeriant', 'notleader')?.code).toBe(2011);
    expect(lookup('celeriant', 2014)).toBeUndefined();
  });
});

describe('celeriant rows as data', () => {
  const rows = catalog('celeriant');

  it('has unique ids and survives a JSON round trip unchanged', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it.each(rows.map((r) => [r.id, r] as const))(
    '%s has imperative remediation without markdown',
    (_id, row) => {
      expect(row.remediation.length).toBeGreaterThan(10);
      expect(row.remediation).not.toMatch(/[`*#]|\]\(/);
      expect(
        row.remediation.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length,
      ).toBeLessThanOrEqual(2);
      expect(row.description.length).toBeGreaterThan(10);
      expect(row.source.length).toBeGreaterThan(0);
    },
  );

  it('says what the server does with the connection on every code row', () => {
    for (const row of rows.filter((r) => r.kind === 'error')) {
      expect(['stays-open', 'closes', 'replication-port', 'unknown'], row.id).toContain(
        row.extra?.connection,
      );
    }
  });

  it('every catalog verdict is the one classify gives for that code', () => {
    for (const row of rows.filter((r) => r.kind === 'error' && r.code !== undefined)) {
      const message = row.extra?.fanOut ? '{"num_shards":2}' : undefined;
      const v = classify(
        message
          ? { protocol: 'celeriant', kind: 'error', code: row.code ?? 0, message }
          : { protocol: 'celeriant', kind: 'error', code: row.code ?? 0 },
      );
      expect({ scope: v.scope, action: v.action }, row.id).toEqual({
        scope: row.verdict.scope,
        action: row.verdict.action,
      });
    }
  });
});
