// Extracts every code of the Celeriant seed into test/fixtures/seed-codes/celeriant.json, so the
// "every seed row is in the catalog" test is self-contained in the repository.
// Run once (and again when the seed changes): npx tsx scripts/extract-seed-codes-celeriant.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = '001_7cb02654cb4e0e76.txt';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = join(root, '..', 'shared', 'seeds', SEED);
const outPath = join(root, 'test', 'fixtures', 'seed-codes', 'celeriant.json');

if (!existsSync(seedPath)) {
  console.log(`Seed ${seedPath} is not here; keeping the committed fixture ${outPath}.`);
  process.exit(0);
}

/** One table row of the seed: `| 2011 | NotLeader | The write hit a follower. ... |`. */
const ROW = /^\|\s*(\d+)\s*\|\s*([A-Za-z0-9]+)\s*\|\s*(.+?)\s*\|\s*$/;
/** A category heading such as `Write and request (2xxx)` or `Schema (2020-2029)`. */
const HEADING = /^([A-Z][A-Za-z /-]*?) \(([0-9x]+(?:-[0-9]+)?)\)$/;

const codes: { code: number; name: string; meaning: string; category: string }[] = [];
let category = '';
for (const line of readFileSync(seedPath, 'utf8').split(/\r?\n/)) {
  const heading = HEADING.exec(line.trim());
  if (heading?.[1]) category = heading[1];
  const row = ROW.exec(line);
  if (row?.[1] && row[2] && row[3])
    codes.push({ code: Number(row[1]), name: row[2], meaning: row[3], category });
}
if (codes.length === 0) {
  console.error(`No code rows found in ${seedPath}; the seed format changed. Fix the ROW pattern.`);
  process.exit(1);
}
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify({ seed: SEED, codes }, null, 2)}\n`);
console.log(`Wrote ${codes.length} Celeriant seed codes to ${outPath}.`);
