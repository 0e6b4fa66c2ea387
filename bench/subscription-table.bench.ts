/**
 * What one subscription step costs on the session core: 10,000 subscriptions in one
 * `SubscriptionTable` (the machine's own `transition` per step) beside 10,000 actors of the same
 * machine in one system (what sessions ran before). No sockets: this is the floor under the
 * side-by-side figures, where every subscribe, reconnect and reply costs these steps plus the wire.
 *
 * Both are esbuild bundles (see `importBundled`). Numbers for BENCHMARKS.md; not a test.
 * Run: `node --expose-gc --import tsx bench/subscription-table.bench.ts` (or `npm run bench subscription-table`).
 */
import { importBundled } from './support/bundleEntry.ts';

const COUNT = 10_000;
const ROUNDS = 5;

const { SubscriptionTable, newSubscriptionCell } = await importBundled<
  typeof import('../src/protocols/shared/subscriptionTable.ts')
>('src/protocols/shared/subscriptionTable.ts');
const { leanSubscriptionMachine } = await importBundled<
  typeof import('../src/machines/subscription/leanSubscriptionMachine.ts')
>('src/machines/subscription/leanSubscriptionMachine.ts');
const { createActor, setup } = await import('xstate');

type Cell = import('../src/protocols/shared/subscriptionTable.ts').SubscriptionCell;
const newCell = (): Cell => newSubscriptionCell({});

/** µs per subscription for `step` over every subscription. */
function perSub(step: () => void): number {
  const t0 = performance.now();
  step();
  return ((performance.now() - t0) * 1000) / COUNT;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function table(): Record<string, number> {
  let acked: Cell[] = [];
  const t = new SubscriptionTable<Cell>({
    onCommand: (cell, command) => command.type === 'driver.subscribe' && acked.push(cell),
  });
  const cells = Array.from({ length: COUNT }, newCell);
  t.setConnection(true);
  const subscribe = perSub(() => {
    for (const [i, cell] of cells.entries()) {
      t.add(cell, { channel: `c${i}` });
      t.send(cell, { type: 'subscribe' });
    }
  });
  const ack = () => {
    const pending = acked;
    acked = [];
    for (const cell of pending) t.send(cell, { type: 'subscribe.ok' });
  };
  const ok = perSub(ack);
  const down = perSub(() => t.setConnection(false));
  const up = perSub(() => t.setConnection(true));
  const okAgain = perSub(ack);
  t.stop();
  return {
    'add + subscribe': subscribe,
    'subscribe.ok': ok,
    'drop (lazy)': down,
    'back (up)': up,
    'ok again': okAgain,
  };
}

function actors(): Record<string, number> {
  const host = createActor(setup({}).createMachine({})).start();
  let acked: Array<{ send(event: { type: string }): void }> = [];
  const subs = Array.from({ length: COUNT }, (_, i) => {
    const actor = createActor(leanSubscriptionMachine, {
      parent: host,
      input: { channel: `c${i}`, connected: true },
    });
    actor.on('driver.subscribe', () => acked.push(actor));
    return actor;
  });
  const subscribe = perSub(() => {
    for (const actor of subs) actor.start().send({ type: 'subscribe' });
  });
  const ack = () => {
    const pending = acked;
    acked = [];
    for (const actor of pending) actor.send({ type: 'subscribe.ok' });
  };
  const ok = perSub(ack);
  const down = perSub(() => {
    for (const actor of subs) actor.send({ type: 'connection.down' });
  });
  const up = perSub(() => {
    for (const actor of subs) actor.send({ type: 'connection.up' });
  });
  const okAgain = perSub(ack);
  host.stop();
  return {
    'add + subscribe': subscribe,
    'subscribe.ok': ok,
    'drop (lazy)': down,
    'back (up)': up,
    'ok again': okAgain,
  };
}

const runs: Record<'table' | 'actors', Array<Record<string, number>>> = { table: [], actors: [] };
for (let round = 0; round < ROUNDS; round++) {
  globalThis.gc?.();
  runs.table.push(table());
  globalThis.gc?.();
  runs.actors.push(actors());
}
console.log(
  `node ${process.version}, ${new Date().toISOString()}, ${COUNT.toLocaleString('en-US')} subscriptions, median of ${ROUNDS}`,
);
console.log(
  '\n| step, µs per subscription | SubscriptionTable | one actor each (same machine) |\n|---|---|---|',
);
for (const step of Object.keys(runs.table[0] ?? {})) {
  const a = median(runs.table.map((r) => r[step] ?? 0));
  const b = median(runs.actors.map((r) => r[step] ?? 0));
  console.log(`| ${step} | ${a.toFixed(2)} | ${b.toFixed(2)} |`);
}
process.exit(0);
