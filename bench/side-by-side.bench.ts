/**
 * Session core, side by side (issue 9): codestate and the official clients (centrifuge-js 5.8.0,
 * @nats-io/transport-node 3.4.0) with 10,000 subscriptions on one session, each figure measured in
 * fresh Node processes run alternately (official, codestate, official, codestate, ...), so neither
 * inherits the other's heap or JIT. Prints the median of each figure, the ratio codestate /
 * official and the goal, as a markdown table, then every run.
 *
 * Centrifugo figures run against the scripted peer (test/centrifugo/peer) in a process of its own;
 * NATS figures against a real nats-server (/usr/sbin/nats-server), one per run. Each run is
 * `bench/support/sideBySideWorker.ts`; see there for what exactly each figure times.
 *
 * Run: `node --expose-gc --import tsx bench/side-by-side.bench.ts` (or `npm run bench side-by-side`).
 * Quick check: `BENCH_QUICK=1` (1 round, 2,000 subscriptions); default 5 rounds of 10,000.
 * `BENCH_ROUNDS` and `BENCH_COUNT` override either; `BENCH_ONLY=resubscribe,nats` runs only the rows
 * whose figure ids contain one of the words. `BENCH_SRC=<dir>` measures the `src/` of another
 * checkout (or of `git archive <commit> src | tar -x -C <dir>`) with this bench, for a before/after. The timing figures are noisy on a loaded machine:
 * the header and footer print the load average, and every run is listed under the table.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import { fileURLToPath } from 'node:url';

const QUICK = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 5));
/** Comma-separated words; only rows whose figure ids contain one of them run (e.g. `resubscribe`). */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter((word) => word !== '');
const COUNT = Number(process.env.BENCH_COUNT ?? (QUICK ? 2_000 : 10_000));
/** A run that takes longer is killed (the worker stops itself well before). */
const RUN_TIMEOUT_MS = 300_000;

type Client = 'codestate' | 'official';
interface RunResult {
  client: Client;
  figure: string;
  count: number;
  value: number;
  unit: 'B' | 'ms';
  extra?: Record<string, number | string>;
}

/** One row of the table: the official figure(s) and codestate's, and the goal for the ratio. */
interface Row {
  label: string;
  goal: string;
  /** Official variants; the first is the one the ratio divides by. */
  official: Array<{ figure: string; name: string }>;
  codestate: string;
}

const count = COUNT.toLocaleString('en-US');
const ROWS: Row[] = [
  {
    label: 'heap per idle subscription, Centrifugo',
    goal: '<= 1.0x',
    official: [{ figure: 'heap-centrifugo', name: 'centrifuge-js' }],
    codestate: 'heap-centrifugo',
  },
  {
    label: 'same, with one status listener per subscription (codestate; informational)',
    goal: '(informational)',
    official: [{ figure: 'heap-centrifugo', name: 'centrifuge-js, no listener' }],
    codestate: 'heap-centrifugo-listeners',
  },
  {
    label: 'heap per subscription, NATS',
    goal: '<= 1.0x',
    official: [{ figure: 'heap-nats', name: 'nats.js' }],
    codestate: 'heap-nats',
  },
  {
    label: 'close 3001 -> server has every resubscribe',
    goal: '<= 1.0x',
    official: [{ figure: 'resubscribe-server', name: 'centrifuge-js' }],
    codestate: 'resubscribe-server',
  },
  {
    label: "same, as the app sees it: 'connecting' -> every subscription 'subscribed'",
    goal: '<= 1.0x',
    official: [{ figure: 'resubscribe-app', name: 'centrifuge-js' }],
    codestate: 'resubscribe-app',
  },
  {
    label: `subscribe ${count} on a connected client until all are subscribed`,
    goal: '<= 0.5x the plain loop',
    official: [
      { figure: 'subscribe', name: 'centrifuge-js plain loop' },
      { figure: 'subscribe-batched', name: 'batched' },
    ],
    codestate: 'subscribe',
  },
  {
    label: `NATS subscribe ${count} + flush`,
    goal: '<= 1.0x',
    official: [{ figure: 'nats-subscribe-flush', name: 'nats.js' }],
    codestate: 'nats-subscribe-flush',
  },
];

const worker = fileURLToPath(new URL('./support/sideBySideWorker.ts', import.meta.url));

/** Runs one figure for one client in a fresh process; undefined when the run failed. */
function run(client: Client, figure: string): RunResult | undefined {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      worker,
      '--client',
      client,
      '--figure',
      figure,
      '--count',
      String(COUNT),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], timeout: RUN_TIMEOUT_MS, encoding: 'utf8' },
  );
  const line = child.stdout
    ?.trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1);
  if (child.status !== 0 || line === undefined) {
    console.error(`run failed: ${client} ${figure} (status ${child.status}, signal ${child.signal})`);
    return undefined;
  }
  return JSON.parse(line) as RunResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const fmt = (value: number, unit: string) =>
  Number.isNaN(value) ? 'failed' : `${Math.round(value).toLocaleString('en-US')} ${unit}`;
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? '-' : `${(a / b).toFixed(2)}x`);

/** Results per `client:figure`, every round, in run order. */
const results = new Map<string, RunResult[]>();
const key = (client: Client, figure: string) => `${client}:${figure}`;
let failures = 0;

function record(client: Client, figure: string): void {
  const result = run(client, figure);
  if (result === undefined) failures++;
  const list = results.get(key(client, figure)) ?? [];
  if (result) list.push(result);
  results.set(key(client, figure), list);
}

const started = new Date();
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(
  `side by side: ${ROUNDS} round(s), ${count} subscriptions on one session; node ${process.version}, ` +
    `${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), Linux ${release()}, ${started.toISOString()}, ` +
    `load average ${load()}; codestate src of ${process.env.BENCH_SRC ?? 'this checkout'}`,
);
// Each figure: official, codestate, official, codestate, ... one fresh process per run. The heap
// of centrifuge-js without listeners is measured once per round and shared by the first two rows.
const measured = new Set<string>();
const rows = ROWS.filter((row) => ONLY.length === 0 || ONLY.some((word) => row.codestate.includes(word)));
for (const row of rows) {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { figure } of row.official)
      if (!measured.has(key('official', figure))) record('official', figure);
    if (!measured.has(key('codestate', row.codestate))) record('codestate', row.codestate);
  }
  for (const { figure } of row.official) measured.add(key('official', figure));
  measured.add(key('codestate', row.codestate));
}

const medianOf = (client: Client, figure: string) =>
  median((results.get(key(client, figure)) ?? []).map((r) => r.value));

console.log(`\n| figure | official | codestate | ratio | goal |\n|---|---|---|---|---|`);
for (const row of rows) {
  const unit = row.codestate.startsWith('heap') ? 'B' : 'ms';
  const officials = row.official.map((o) => ({ ...o, value: medianOf('official', o.figure) }));
  const ours = medianOf('codestate', row.codestate);
  const [first, ...others] = officials;
  if (first === undefined) continue;
  const extraOfficial = others.map((o) => ` (${o.name} ${fmt(o.value, unit)})`).join('');
  const extraRatio = others.map((o) => ` (${ratio(ours, o.value)} the ${o.name})`).join('');
  console.log(
    `| ${row.label} | ${first.name} ${fmt(first.value, unit)}${extraOfficial} | ${fmt(ours, unit)} | ` +
      `${ratio(ours, first.value)}${extraRatio} | ${row.goal} |`,
  );
}

console.log('\nEvery run (value; extras), in run order:');
for (const [name, list] of results) {
  const runs = list.map((r) => {
    const extra = Object.entries(r.extra ?? {})
      .map(([k, v]) => `${k} ${typeof v === 'number' ? Math.round(v) : v}`)
      .join(', ');
    return `${Math.round(r.value)} ${r.unit}${extra ? ` (${extra})` : ''}`;
  });
  const values = list.map((r) => r.value);
  const spread =
    values.length > 1
      ? ` [min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))}]`
      : '';
  console.log(`- ${name}: ${runs.join('; ')}${spread}`);
}
const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(0);
console.log(`\n${failures} failed run(s); ${seconds} s in all; load average ${load()}.`);
process.exit(failures ? 1 : 0);
