// `npm run bench`: runs every bench/*.bench.ts in its own Node process (with --expose-gc so
// memory benches can collect), one after another, so they do not disturb each other.
// The environment passes through: `BENCH_QUICK=1 npm run bench side-by-side` is the quick check
// of the side-by-side comparison with the official clients (1 round, 2,000 subscriptions).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${file}`], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
// The fuzz suites at bench scale: 1M frames / byte streams instead of CI's 100k.
if (only.length === 0 || only.includes('fuzz')) {
  console.log('\n## fuzz at 1M (FUZZ_SCALE=10)\n');
  const fuzz = spawnSync(
    'npx',
    ['vitest', 'run', 'test/centrifugo/fuzz.test.ts', 'test/nats/parserFuzz.test.ts'],
    {
      stdio: 'inherit',
      env: { ...process.env, FUZZ_SCALE: '10' },
    },
  );
  if (fuzz.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
