import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CodeEntry, catalog, classify } from '../../../src/codes/index.ts';

// Extracted once from ../shared/seeds by scripts/extract-seed-codes-nats.ts; the test needs only this file.
interface SeedFixture {
  serverErrors: { section: string; error: string; constant: string }[];
  closeReasons: { reason: string; constant: string }[];
  clientErrors: Record<string, string[]>;
}
const fixture: SeedFixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'seed-codes', 'nats.json'), 'utf8'),
);
const rows = catalog('nats');
const ofKind = (kind: CodeEntry['kind']) => rows.filter((r) => r.kind === kind);

describe('every NATS seed row is in the catalog', () => {
  it('the fixture holds the seed tables (91 server errors, 37 close reasons, 5 client families)', () => {
    expect(fixture.serverErrors).toHaveLength(91);
    expect(fixture.closeReasons).toHaveLength(37);
    expect(Object.keys(fixture.clientErrors).sort()).toEqual([
      'core',
      'jetstream',
      'kv',
      'micro',
      'objectstore',
    ]);
  });

  it.each(fixture.serverErrors)(
    'server error "$error" ($constant) has an err row that classify reaches',
    (seed) => {
      const row = ofKind('err').find(
        (r) => r.text?.toLowerCase() === seed.error.toLowerCase() && r.extra?.constant === seed.constant,
      );
      expect(row, `${seed.constant} from "${seed.section}"`).toBeDefined();
      expect(classify({ protocol: 'nats', kind: 'err', text: seed.error }).rule).toBe(row?.id);
    },
  );

  it.each(fixture.closeReasons)(
    'close reason "$reason" ($constant) has a row, found by text and by constant',
    (seed) => {
      const row = ofKind('close-reason').find((r) => r.text === seed.reason && r.name === seed.constant);
      expect(row).toBeDefined();
      expect(classify({ protocol: 'nats', kind: 'close-reason', reason: seed.reason }).rule).toBe(row?.id);
      expect(classify({ protocol: 'nats', kind: 'close-reason', reason: seed.constant }).rule).toBe(row?.id);
    },
  );

  const classes = Object.entries(fixture.clientErrors).flatMap(([family, names]) =>
    names.map((name) => ({ family, name })),
  );
  it.each(classes)(
    '$family class $name has a client-error row with its nats.js equivalent',
    ({ family, name }) => {
      const row = ofKind('client-error').find((r) => r.name === name && r.extra?.family === family);
      expect(row).toBeDefined();
      expect(row?.extra).toHaveProperty('natsJs');
      expect(classify({ protocol: 'nats', kind: 'client-error', name: row?.text ?? '' }).rule).toBe(row?.id);
    },
  );
});
