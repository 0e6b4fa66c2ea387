// Runs vitest with a JSON report and prints the plain closing line CI reads:
// "N passed, N failed". Exits non-zero when a test failed or vitest itself failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
rmSync(report, { force: true });
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  console.error('vitest wrote no report; see its output above.');
  process.exit(1);
}
const r = JSON.parse(readFileSync(report, 'utf8'));
// Suites that fail to load count as failures: their tests never ran.
const failedSuites = (r.testResults ?? []).filter(
  (s) => s.status === 'failed' && s.assertionResults.length === 0,
).length;
const passed = r.numPassedTests ?? 0;
const failed = (r.numFailedTests ?? 0) + failedSuites;
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || run.status !== 0 || passed === 0 ? 1 : 0);
