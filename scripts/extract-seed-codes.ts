/**
 * Extracts the Centrifugo codes of the seed documents into test/fixtures/seed-codes/centrifugo.json,
 * so the catalog test can check every seed row without the seeds being present.
 * Run once when a seed changes: `npx tsx scripts/extract-seed-codes.ts` (reads ../shared/seeds).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One code as the seed document states it. */
interface SeedCode {
  kind: 'error' | 'unsubscribe' | 'disconnect' | 'server-api';
  code: number;
  message?: string;
  temporary?: boolean;
  reconnect?: boolean;
}

const SEEDS = [
  { file: '004_41ffb2e311c65e42.txt', protocol: 'centrifugo' },
  { file: '002_023c9f206265b1b1.txt', protocol: 'centrifugo-legacy' },
] as const;

const SECTIONS: ReadonlyArray<readonly [RegExp, SeedCode['kind']]> = [
  [/^(#+\s*)?client error codes\s*$/i, 'error'],
  [/^(#+\s*)?client unsubscribe codes\s*$/i, 'unsubscribe'],
  [/^(#+\s*)?client disconnect codes\s*$/i, 'disconnect'],
  [/^(#+\s*)?server api error codes\s*$/i, 'server-api'],
];

/** Reads `Code:`, `Message:`/`Reason:`, `Temporary:` and `Reconnect:` lines, section by section. */
export function extractCodes(text: string): SeedCode[] {
  const codes: SeedCode[] = [];
  let kind: SeedCode['kind'] | undefined;
  let current: SeedCode | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const section = SECTIONS.find(([pattern]) => pattern.test(line));
    if (section) kind = section[1];
    const code = /^Code:\s*(\d+)/.exec(line);
    if (code?.[1] && kind) {
      current = { kind, code: Number(code[1]) };
      codes.push(current);
      continue;
    }
    if (!current) continue;
    const message = /^(?:Message|Reason):\s*"([^"]*)"/.exec(line);
    if (message?.[1] !== undefined) current.message = message[1];
    const flag = /^(Temporary|Reconnect):\s*(true|false)/.exec(line);
    if (flag?.[1] === 'Temporary') current.temporary = flag[2] === 'true';
    if (flag?.[1] === 'Reconnect') current.reconnect = flag[2] === 'true';
  }
  return codes;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = join(root, '..', 'shared', 'seeds');
if (!existsSync(seedDir)) {
  console.error(`No seeds at ${seedDir}; the committed fixture stays as it is.`);
  process.exit(1);
}
const fixture = SEEDS.map(({ file, protocol }) => ({
  file,
  protocol,
  codes: extractCodes(readFileSync(join(seedDir, file), 'utf8')),
}));
const out = join(root, 'test', 'fixtures', 'seed-codes', 'centrifugo.json');
writeFileSync(out, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`wrote ${out}: ${fixture.map((s) => `${s.file} ${s.codes.length} codes`).join(', ')}`);
