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
 *
 * Wire speed and size (issue 10): the rows with `worker: 'wire'` run `bench/support/wireWorker.ts`
 * (NATS publish throughput, Centrifugo decode, cold start, `classify()`); the bundle sizes are
 * measured once per run (`bench/support/bundleSizes.ts`; ids `size-*` for `BENCH_ONLY`). The cold
 * start and the UMD size read `dist/`, so the bench runs `npm run build` first (`BENCH_NO_BUILD=1`
 * skips it). A run of every row rewrites the bench's section at the end of BENCHMARKS.md and the
 * chart `bench/side-by-side.svg` (`BENCH_WRITE=0` never, `BENCH_WRITE=1` even with `BENCH_ONLY`).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureSizes, type SizeFigure } from './support/bundleSizes.ts';
import { type ChartBar, ratioChartSvg } from './support/ratioChart.ts';
import { writeBenchmarksSection } from './support/writeResults.ts';

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
  unit: 'B' | 'ms' | 'ns';
  extra?: Record<string, number | string>;
}

/** One row of the table: the official figure(s) and codestate's, and the goal for the ratio. */
interface Row {
  label: string;
  goal: string;
  /** Official variants; the first is the one the ratio divides by. */
  official: Array<{ figure: string; name: string }>;
  codestate: string;
  /** Which worker measures it: the session figures (default) or the wire-speed ones (issue 10). */
  worker?: 'session' | 'wire';
  /** The largest ratio that meets the goal (for the chart and the met / not met column). */
  goalRatio?: number;
}

const count = COUNT.toLocaleString('en-US');
const ROWS: Row[] = [
  {
    label: 'heap per idle subscription, Centrifugo',
    goal: '<= 1.0x',
    goalRatio: 1,
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
    goalRatio: 1,
    official: [{ figure: 'heap-nats', name: 'nats.js' }],
    codestate: 'heap-nats',
  },
  {
    label: 'close 3001 -> server has every resubscribe',
    goal: '<= 1.0x',
    goalRatio: 1,
    official: [{ figure: 'resubscribe-server', name: 'centrifuge-js' }],
    codestate: 'resubscribe-server',
  },
  {
    label: "same, as the app sees it: 'connecting' -> every subscription 'subscribed'",
    goal: '<= 1.0x',
    goalRatio: 1,
    official: [{ figure: 'resubscribe-app', name: 'centrifuge-js' }],
    codestate: 'resubscribe-app',
  },
  {
    label: `subscribe ${count} on a connected client until all are subscribed`,
    goal: '<= 0.5x the plain loop',
    goalRatio: 0.5,
    official: [
      { figure: 'subscribe', name: 'centrifuge-js plain loop' },
      { figure: 'subscribe-batched', name: 'batched' },
    ],
    codestate: 'subscribe',
  },
  {
    label: `NATS subscribe ${count} + flush`,
    goal: '<= 1.0x',
    goalRatio: 1,
    official: [{ figure: 'nats-subscribe-flush', name: 'nats.js' }],
    codestate: 'nats-subscribe-flush',
  },
  // Wire speed (issue 10): bench/support/wireWorker.ts.
  {
    label: 'NATS 200,000 publishes of 32 B + flush over TCP (time; msg/s beside)',
    goal: '<= 1.0x (>= 1.0x nats.js msg/s)',
    goalRatio: 1,
    official: [{ figure: 'nats-publish', name: 'nats.js' }],
    codestate: 'nats-publish',
    worker: 'wire',
  },
  {
    label: 'validated decode of one 1.47 MB message of 10,000 publication pushes',
    goal: '<= 2.0x',
    goalRatio: 2,
    official: [{ figure: 'centrifugo-decode', name: 'split + JSON.parse' }],
    codestate: 'centrifugo-decode',
    worker: 'wire',
  },
  {
    label: 'cold start: import the package + connect (Node)',
    goal: '<= 1.5x',
    goalRatio: 1.5,
    official: [{ figure: 'cold-start-centrifugo', name: 'centrifuge-js' }],
    codestate: 'cold-start-centrifugo',
    worker: 'wire',
  },
  {
    label:
      'floor: import xstate and valibot, then connect with a bare WebSocket (no codestate code; informational)',
    goal: '(informational)',
    official: [{ figure: 'cold-start-centrifugo', name: 'centrifuge-js' }],
    codestate: 'cold-start-floor',
    worker: 'wire',
  },
  {
    label:
      'floor: the same, plus one valibot check of the reply and one xstate actor of a three-state chart (no codestate code; informational)',
    goal: '(informational)',
    official: [{ figure: 'cold-start-centrifugo', name: 'centrifuge-js' }],
    codestate: 'cold-start-actor-floor',
    worker: 'wire',
  },
  {
    label:
      "floor: the same with codestate's connection chart, the machine every session runs, in place of the three-state one (informational)",
    goal: '(informational)',
    official: [{ figure: 'cold-start-centrifugo', name: 'centrifuge-js' }],
    codestate: 'cold-start-chart-floor',
    worker: 'wire',
  },
  ...(['centrifugo', 'celeriant', 'nats'] as const).map((protocol) => ({
    label: `classify() per call, ${{ centrifugo: 'Centrifugo disconnect codes', celeriant: 'Celeriant error codes', nats: 'NATS -ERR texts' }[protocol]}`,
    goal: '<= 1.5x',
    goalRatio: 1.5,
    official: [{ figure: `classify-${protocol}`, name: 'hand-written switch' }],
    codestate: `classify-${protocol}`,
    worker: 'wire' as const,
  })),
  {
    label:
      'classify() per call, NATS -ERR texts, beside the switch that does not read the subject of a Permissions Violation (informational)',
    goal: '(informational)',
    official: [{ figure: 'classify-nats-bare', name: 'hand-written switch, no subject' }],
    codestate: 'classify-nats-bare',
    worker: 'wire',
  },
  {
    label:
      'classify() per call, NATS -ERR texts, beside the same chain over every -ERR text the catalog knows (informational)',
    goal: '(informational)',
    official: [{ figure: 'classify-nats-all', name: 'includes chain, all rows' }],
    codestate: 'classify-nats-all',
    worker: 'wire',
  },
  {
    label:
      'floor: a switch that validates the signal and names its row, Centrifugo codes (both columns baselines; informational)',
    goal: '(informational)',
    official: [{ figure: 'classify-floor', name: 'hand-written switch' }],
    codestate: 'classify-floor',
    worker: 'wire',
  },
];

/** The bundle-size rows (measured once; sizes do not vary between runs). */
const SIZE_ROWS: Record<string, { label: string; official: string; goal: string; goalRatio?: number }> = {
  'size-centrifugo': {
    label: 'Centrifugo browser bundle `{ createCentrifugoSession }` (gzip -9)',
    official: 'centrifuge-js `{ Centrifuge }`',
    goal: '<= 1.0x',
    goalRatio: 1,
  },
  'size-nats-ws': {
    label: 'NATS-over-WebSocket browser bundle `{ createNatsSession }` (gzip -9)',
    official: 'nats-core `{ wsconnect }`',
    goal: '<= 0.6x',
    goalRatio: 0.6,
  },
  'size-umd-centrifugo': {
    label: 'UMD for one protocol: `dist/codestate-centrifugo.umd.js` (gzip -9)',
    official: 'centrifuge-js `dist/centrifuge.js`',
    goal: '<= 1.0x',
    goalRatio: 1,
  },
  'size-centrifugo-no-catalog': {
    label: 'floor: `{ createCentrifugoSession }` with every catalog row removed (gzip -9; informational)',
    official: 'centrifuge-js `{ Centrifuge }`',
    goal: '(informational)',
  },
  'size-nats-no-catalog': {
    label: 'floor: `{ createNatsSession }` with every catalog row removed (gzip -9; informational)',
    official: 'nats-core `{ wsconnect }`',
    goal: '(informational)',
  },
  'size-xstate-floor': {
    label: 'floor: xstate alone, `{ setup, createActor }` (gzip -9; informational)',
    official: 'centrifuge-js `{ Centrifuge }`',
    goal: '(informational)',
  },
  'size-charts-floor': {
    label:
      'floor: xstate and the two charts every session runs, connection and subscription (gzip -9; informational)',
    official: 'centrifuge-js `{ Centrifuge }`',
    goal: '(informational)',
  },
  'size-centrifugo-core-floor': {
    label:
      'floor: a Centrifugo session without its protocol code: the charts, session core, subscription table, valibot-checked frames and the Centrifugo classifier with its rows (gzip -9; informational)',
    official: 'centrifuge-js `{ Centrifuge }`',
    goal: '(informational)',
  },
  'size-nats-core-floor': {
    label: 'floor: the same for NATS: its frame parser and classifier with its rows (gzip -9; informational)',
    official: 'nats-core `{ wsconnect }`',
    goal: '(informational)',
  },
};

const workers = {
  session: fileURLToPath(new URL('./support/sideBySideWorker.ts', import.meta.url)),
  wire: fileURLToPath(new URL('./support/wireWorker.ts', import.meta.url)),
};
/** Which worker measures a figure id. */
const workerOf = new Map<string, 'session' | 'wire'>();
for (const row of ROWS) {
  for (const { figure } of row.official) workerOf.set(figure, row.worker ?? 'session');
  workerOf.set(row.codestate, row.worker ?? 'session');
}

/** Runs one figure for one client in a fresh process; undefined when the run failed. */
function run(client: Client, figure: string): RunResult | undefined {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      workers[workerOf.get(figure) ?? 'session'],
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

/** Values under 100 keep one decimal (decode ms, classify ns); larger ones are rounded. */
const fmt = (value: number, unit: string) =>
  Number.isNaN(value)
    ? 'failed'
    : `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ${unit}`;
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
const machine =
  `node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), ` +
  `Linux ${release()}`;
const loadAtStart = load();
console.log(
  `side by side: ${ROUNDS} round(s), ${count} subscriptions on one session; ${machine}, ` +
    `${started.toISOString()}, load average ${loadAtStart}; codestate src of ${process.env.BENCH_SRC ?? 'this checkout'}`,
);
const rows = ROWS.filter((row) => ONLY.length === 0 || ONLY.some((word) => row.codestate.includes(word)));
const sizeIds = Object.keys(SIZE_ROWS).filter(
  (id) => ONLY.length === 0 || ONLY.some((word) => id.includes(word)),
);
// The cold start and the UMD size read dist/: build it first (BENCH_NO_BUILD=1 skips that).
if (
  process.env.BENCH_NO_BUILD !== '1' &&
  (rows.some((row) => row.codestate.startsWith('cold-start')) || sizeIds.length > 0)
) {
  console.log('building dist/ (npm run build) ...');
  const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('npm run build failed');
}
// Each figure: official, codestate, official, codestate, ... one fresh process per run. The heap
// of centrifuge-js without listeners is measured once per round and shared by the first two rows.
const measured = new Set<string>();
for (const row of rows) {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { figure } of row.official)
      if (!measured.has(key('official', figure))) record('official', figure);
    if (!measured.has(key('codestate', row.codestate))) record('codestate', row.codestate);
  }
  for (const { figure } of row.official) measured.add(key('official', figure));
  measured.add(key('codestate', row.codestate));
}
const sizes: SizeFigure[] =
  sizeIds.length > 0 ? (await measureSizes()).filter((f) => sizeIds.includes(f.id)) : [];

const medianOf = (client: Client, figure: string) =>
  median((results.get(key(client, figure)) ?? []).map((r) => r.value));
const medianExtra = (client: Client, figure: string, name: string) =>
  median((results.get(key(client, figure)) ?? []).map((r) => Number(r.extra?.[name])));
const unitOf = (figure: string) =>
  results.get(key('codestate', figure))?.[0]?.unit ?? (figure.startsWith('heap') ? 'B' : 'ms');
/** msg/s beside a publish time. */
const rate = (client: Client, figure: string) => {
  const perSec = medianExtra(client, figure, 'msgPerSec');
  return Number.isNaN(perSec) ? '' : ` (${Math.round(perSec / 1000).toLocaleString('en-US')}k msg/s)`;
};

const lines: string[] = [
  '| figure | official | codestate | ratio | goal | met |',
  '|---|---|---|---|---|---|',
];
const bars: ChartBar[] = [];
const met = (value: number, goal?: number) =>
  goal === undefined || Number.isNaN(value) ? '' : value <= goal ? 'yes' : '**no**';
for (const row of rows) {
  const unit = unitOf(row.codestate);
  const officials = row.official.map((o) => ({ ...o, value: medianOf('official', o.figure) }));
  const ours = medianOf('codestate', row.codestate);
  const [first, ...others] = officials;
  if (first === undefined) continue;
  const extraOfficial = others.map((o) => ` (${o.name} ${fmt(o.value, unit)})`).join('');
  const extraRatio = others.map((o) => ` (${ratio(ours, o.value)} the ${o.name})`).join('');
  lines.push(
    `| ${row.label} | ${first.name} ${fmt(first.value, unit)}${rate('official', first.figure)}${extraOfficial} | ` +
      `${fmt(ours, unit)}${rate('codestate', row.codestate)} | ${ratio(ours, first.value)}${extraRatio} | ${row.goal} | ` +
      `${met(ours / first.value, row.goalRatio)} |`,
  );
  bars.push({
    label: row.label.replace(/`/g, ''),
    ratio: ours / first.value,
    ...(row.goalRatio ? { goal: row.goalRatio } : {}),
  });
}
for (const size of sizes) {
  const row = SIZE_ROWS[size.id];
  if (!row) continue;
  const r = size.codestate / size.official;
  lines.push(
    `| ${row.label} | ${row.official} ${fmt(size.official, 'B')} | ${fmt(size.codestate, 'B')} | ${r.toFixed(2)}x | ${row.goal} | ${met(r, row.goalRatio)} |`,
  );
  bars.push({
    label: row.label.replace(/`/g, ''),
    ratio: r,
    ...(row.goalRatio ? { goal: row.goalRatio } : {}),
  });
}
console.log(`\n${lines.join('\n')}`);

const runLines: string[] = [];
for (const [name, list] of results) {
  const runs = list.map((r) => {
    const extra = Object.entries(r.extra ?? {})
      .map(([k, v]) => `${k} ${typeof v === 'number' ? Math.round(v) : v}`)
      .join(', ');
    return `${fmt(r.value, r.unit)}${extra ? ` (${extra})` : ''}`;
  });
  const values = list.map((r) => r.value);
  const spread =
    values.length > 1
      ? ` [min ${fmt(Math.min(...values), '')}, max ${fmt(Math.max(...values), '')}]`
          .replace(/ \]/g, ']')
          .replace(/ ,/g, ',')
      : '';
  runLines.push(`- ${name}: ${runs.join('; ')}${spread}`);
}
console.log(`\nEvery run (value; extras), in run order:\n${runLines.join('\n')}`);
const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(0);
console.log(`\n${failures} failed run(s); ${seconds} s in all; load average ${load()}.`);

// The record: BENCHMARKS.md's side-by-side section and the chart, unless only some rows ran
// (BENCH_ONLY) or BENCH_WRITE=0. BENCH_WRITE=1 writes even a partial run.
const write = process.env.BENCH_WRITE === '1' || (process.env.BENCH_WRITE !== '0' && ONLY.length === 0);
if (write) {
  const chart = 'bench/side-by-side.svg';
  writeFileSync(
    chart,
    ratioChartSvg(bars, `codestate vs official clients, ${started.toISOString().slice(0, 10)}`),
  );
  const env = ['BENCH_QUICK', 'BENCH_ROUNDS', 'BENCH_COUNT', 'BENCH_ONLY']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
  const command = `${env}npm run bench side-by-side`;
  writeBenchmarksSection(
    [
      '## Side by side, latest run (written by the bench)',
      '',
      `- **Command:** \`${command}\` (${ROUNDS} round(s) per figure, fresh processes, official and codestate alternately; medians)`,
      `- **Machine:** ${machine}; load average ${loadAtStart} at the start, ${load()} at the end`,
      `- **Date:** ${started.toISOString()} (${seconds} s)${process.env.BENCH_SRC ? `; codestate src of ${process.env.BENCH_SRC}` : ''}`,
      `- **Ratio:** codestate / official, time or bytes (lower is better); ${failures} failed run(s)`,
      '',
      ...lines,
      '',
      `![codestate / official, per figure](${chart})`,
      '',
      '<details><summary>Every run</summary>',
      '',
      ...runLines,
      '',
      '</details>',
    ].join('\n'),
  );
  console.log(`wrote BENCHMARKS.md (side-by-side section) and ${chart}`);
}
process.exit(failures ? 1 : 0);
