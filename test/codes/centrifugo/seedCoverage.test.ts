import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, lookup } from '../../../src/codes/catalog.ts';
import type { EntryKind, Protocol } from '../../../src/codes/types.ts';

/** The seeds' codes, extracted once by scripts/extract-seed-codes.ts. */
interface SeedFixture {
  file: string;
  protocol: Protocol;
  codes: { kind: EntryKind; code: number; message?: string; temporary?: boolean; reconnect?: boolean }[];
}

const fixture: SeedFixture[] = JSON.parse(
  readFileSync(new URL('../../fixtures/seed-codes/centrifugo.json', import.meta.url), 'utf8'),
);
const seedRows = fixture.flatMap((seed) =>
  seed.codes.map((c) => ({ ...c, protocol: seed.protocol, file: seed.file })),
);

describe('every Centrifugo seed row is in the catalog', () => {
  it('the fixture holds both seeds with all their codes', () => {
    expect(fixture.map((s) => s.file)).toEqual(['004_41ffb2e311c65e42.txt', '002_023c9f206265b1b1.txt']);
    expect(seedRows.filter((r) => r.protocol === 'centrifugo')).toHaveLength(37);
    expect(seedRows.filter((r) => r.protocol === 'centrifugo-legacy')).toHaveLength(33);
  });

  it.each(seedRows)('$protocol $kind $code', (seed) => {
    const row = lookup(seed.protocol, seed.code, seed.kind);
    expect(row, `${seed.protocol} ${seed.kind} ${seed.code} missing`).toBeDefined();
    if (!row) return;
    if (seed.message !== undefined) expect(row.message).toBe(seed.message);
    if (seed.temporary !== undefined) expect(row.temporary).toBe(seed.temporary);
    if (seed.reconnect !== undefined) {
      expect(row.extra?.reconnect).toBe(seed.reconnect);
      expect(row.temporary).toBe(seed.reconnect);
      expect(row.verdict.action).toBe(seed.reconnect ? 'reconnect' : 'close');
    }
    expect(row.source).toContain(seed.file);
  });
});

describe('the spec additions are in the catalog', () => {
  const spec = [
    { protocol: 'centrifugo', kind: 'error', code: 113, message: 'concurrent pagination', temporary: true },
    { protocol: 'centrifugo', kind: 'unsubscribe', code: 2502, message: 'state invalidated' },
    { protocol: 'centrifugo', kind: 'disconnect', code: 3014, message: 'state invalidated' },
  ] as const;
  it.each(spec)('$kind $code', (s) => {
    const row = lookup(s.protocol, s.code, s.kind);
    expect(row?.message).toBe(s.message);
    expect(row?.source).toMatch(/^spec centrifugo\.md §/);
    if ('temporary' in s) expect(row?.temporary).toBe(true);
  });

  // The SDK's own code tables (centrifuge 5.8.0 build/codes.d.ts, spec §1).
  const clientTables: Record<string, number[]> = {
    connectingCodes: [0, 1, 2, 3, 4],
    disconnectedCodes: [0, 1, 2, 3, 3014],
    subscribingCodes: [0, 1],
    unsubscribedCodes: [0, 1, 2, 2502],
    errorCodes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
  };
  it.each(Object.entries(clientTables))('client-side table %s', (table, codes) => {
    const rows = catalog('centrifugo').filter((r) => r.kind === 'client' && r.extra?.table === table);
    expect(rows.map((r) => r.code).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(codes);
    for (const row of rows) expect(row.name).toBe(`${table}.${String(row.extra?.constant)}`);
  });

  it('has both application ranges as range rows', () => {
    const ranges = catalog('centrifugo').filter(
      (r) => r.kind === 'range' && r.extra?.signal === 'disconnect',
    );
    const bounds = ranges.map((r) => [r.extra?.from, r.extra?.to, r.verdict.action]);
    expect(bounds).toContainEqual([4000, 4499, 'reconnect']);
    expect(bounds).toContainEqual([4500, 4999, 'close']);
  });
});
