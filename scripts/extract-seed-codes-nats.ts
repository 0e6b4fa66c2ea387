/**
 * Extracts every NATS row of the seed documents into test/fixtures/seed-codes/nats.json, so the
 * catalog test can check that each seed row is present without the seeds at hand.
 * Run once (`npx tsx scripts/extract-seed-codes-nats.ts`) when ../shared/seeds is present, then
 * `npx biome check --write test/fixtures/seed-codes/nats.json` to format it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const SERVER_SEED = '000_e20b104900374d61.txt';
const CLIENT_SEED = '003_3311b233158eb571.txt';
const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'seed-codes', 'nats.json');

/** One row of a seed table: the error text, its constant and the description. */
interface ServerError {
  section: string;
  error: string;
  constant: string;
  description: string;
}

// Table cells are run together: "Authentication expiredErrAuthExpiredAn expired ...".
// Documented rows repeat the text as the constant: "Stale ConnectionStale ConnectionConnection is ...".
const DOUBLED = /^(.+?)\1(.+)$/;
const ERR_CONSTANT = /^(.+?)(Err[A-Za-z]*?)([A-Z][a-z]*[\s.,'].*)$/;
const CLOSE_REASON = /^(.+?)([A-Z][A-Za-z]*)\1$/;

function parseServerSeed(text: string): { serverErrors: ServerError[]; closeReasons: object[] } {
  const serverErrors: ServerError[] = [];
  const closeReasons: { reason: string; constant: string }[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  let section = '';
  let inTable = false;
  for (const [i, line] of lines.entries()) {
    if (line === 'ErrorConstantDescription') {
      // The heading is the last non-empty line above the table, skipping an intro sentence.
      section = [...lines.slice(0, i)].reverse().find((l) => l && !l.startsWith('These are')) ?? '';
      inTable = true;
    } else if (!line) {
      inTable = false;
    } else if (inTable && section === 'Connection Close Reasons') {
      const m = CLOSE_REASON.exec(line);
      if (!m) throw new Error(`unparsed close reason: ${line}`);
      closeReasons.push({ reason: m[1]!, constant: m[2]! });
    } else if (inTable) {
      const doubled = DOUBLED.exec(line);
      const m = doubled ? [line, doubled[1], doubled[1], doubled[2]] : ERR_CONSTANT.exec(line);
      if (!m) throw new Error(`unparsed error row: ${line}`);
      serverErrors.push({ section, error: m[1]!, constant: m[2]!, description: m[3]! });
    }
  }
  return { serverErrors, closeReasons };
}

/** The quoted names of a `NAME = [ ... ]` list, or the bare names of an import list. */
function namesIn(text: string, start: string): string[] {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`missing ${start}`);
  const body = text.slice(from + start.length, text.indexOf(']', from));
  return [...body.matchAll(/\b([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!);
}

function parseClientSeed(text: string): Record<string, string[]> {
  // The seed is a web page with line numbers between lines; drop lines that are only digits.
  const clean = text
    .split('\n')
    .filter((l) => !/^\d+$/.test(l.trim()))
    .join('\n');
  const micro = /from nats\.micro import (\w+)\s*$/m.exec(clean)?.[1];
  return {
    core: namesIn(clean, 'NATS_ERRORS = ['),
    // "Error as JSError" in the JetStream import names the JetStream base class.
    jetstream: [
      ...(/Error as JSError/.test(clean) ? ['Error'] : []),
      ...namesIn(clean, 'JETSTREAM_ERRORS = ['),
    ],
    kv: namesIn(clean, 'KEYVALUE_ERRORS = ['),
    objectstore: namesIn(clean, 'OBJECTSTORE_ERRORS = ['),
    micro: micro ? [micro] : [],
  };
}

if (!existsSync(join(SEEDS, SERVER_SEED))) {
  console.error(`No seeds at ${SEEDS}; the committed fixture stays as it is.`);
  process.exit(1);
}
const server = parseServerSeed(readFileSync(join(SEEDS, SERVER_SEED), 'utf8'));
const clientErrors = parseClientSeed(readFileSync(join(SEEDS, CLIENT_SEED), 'utf8'));
const fixture = { seeds: [SERVER_SEED, CLIENT_SEED], ...server, clientErrors };
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(fixture, null, 2)}\n`);
const classes = Object.values(clientErrors).flat().length;
console.log(
  `${OUT}: ${server.serverErrors.length} server errors, ${server.closeReasons.length} close reasons, ${classes} classes`,
);
