/**
 * JetStream consume, side by side (issue 13): codestate's `jetstream(session).consume()` and
 * @nats-io/jetstream 3.4's `consumers.get(stream).consume()`, both ordered pull consumers with 200
 * messages per pull, each run in a fresh Node process, alternately (official, codestate, ...), so
 * neither inherits the other's heap or JIT. Each run (bench/support/jetStreamWorker.ts) starts its
 * own `nats-server -js`, fills a file stream and consumes every message.
 *
 * Run: `node --expose-gc --import tsx bench/jetstream.bench.ts` (or `npm run bench jetstream`).
 * `BENCH_QUICK=1`: 1 round of 5,000 messages; default 3 rounds of 50,000. `BENCH_ROUNDS` and
 * `BENCH_COUNT` override. Timings are noisy on a loaded machine: the load average is printed.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const QUICK = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const COUNT = Number(process.env.BENCH_COUNT ?? (QUICK ? 5_000 : 50_000));
const worker = fileURLToPath(new URL('./support/jetStreamWorker.ts', import.meta.url));

interface Run {
  client: 'codestate' | 'official';
  ms: number;
  msgsPerSec: number;
  heapBytes: number;
  sessionHeap: number;
  rssBytes: number;
}

function runOnce(client: Run['client']): Run {
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', worker, '--client', client, '--count', String(COUNT)],
    { encoding: 'utf8', timeout: 300_000 },
  );
  const line = out.stdout.trim().split('\n').at(-1) ?? '';
  if (out.status !== 0 || !line.startsWith('{')) throw new Error(`${client} run failed:\n${out.stderr}`);
  return JSON.parse(line) as Run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const runs: Run[] = [];
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (let round = 0; round < ROUNDS; round++) {
  runs.push(runOnce('official'));
  runs.push(runOnce('codestate'));
}
const of = (client: Run['client'], key: keyof Run) =>
  median(runs.filter((r) => r.client === client).map((r) => r[key] as number));
const rows: [string, keyof Run, string][] = [
  ['consume throughput (msgs/s, higher is better)', 'msgsPerSec', '>= 1.0x'],
  ['time to consume all (ms)', 'ms', '<= 1.0x'],
  ['heap after consuming, consumer open (bytes)', 'heapBytes', '<= 1.0x'],
  ['of which the connected client before consume() (bytes)', 'sessionHeap', '(informational)'],
];
console.log(
  `\n${COUNT.toLocaleString('en-US')} messages of 64 B, ordered pull consumer, ${ROUNDS} round(s), medians\n`,
);
console.log('| figure | @nats-io/jetstream 3.4 | codestate | ratio | goal |');
console.log('|---|---|---|---|---|');
for (const [label, key, goal] of rows) {
  const [official, ours] = [of('official', key), of('codestate', key)];
  console.log(
    `| ${label} | ${official.toLocaleString('en-US')} | ${ours.toLocaleString('en-US')} | ${(ours / official).toFixed(2)}x | ${goal} |`,
  );
}
console.log(
  `\nload average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('\nruns:');
for (const run of runs) console.log(JSON.stringify(run));
