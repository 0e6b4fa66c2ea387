/**
 * Machine benchmarks (numbers for BENCHMARKS.md; not tests). Prints markdown tables to stdout.
 * Run: `node --expose-gc --import tsx bench/machines.bench.ts` (the heap table needs --expose-gc;
 * `npx tsx bench/machines.bench.ts` prints the rest).
 */
import { centrifugeBackoff } from '../src/machines/backoff/centrifugeBackoff.ts';
import { fixedBackoff } from '../src/machines/backoff/fixedBackoff.ts';
import { natsBackoff } from '../src/machines/backoff/natsBackoff.ts';
import { spreadBackoff } from '../src/machines/backoff/spreadBackoff.ts';
import { measureSubscriptionHeap } from './heap.ts';
import { simulateStorm } from './reconnectStorm.ts';
import { measureThroughput } from './throughput.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

console.log(`node ${process.version}, ${new Date().toISOString()}\n`);

console.log(
  '## Events/s: one connection actor + 100 subscriptions (activity + position per frame; median of 5)',
);
console.log('| liveness watchdog | bare XState, same shape | codestate | ratio |\n|---|---|---|---|');
for (const liveness of [false, true]) {
  const bare = measureThroughput('bare', liveness);
  const ours = measureThroughput('codestate', liveness);
  console.log(
    `| ${liveness ? 'on (timer restarted per frame)' : 'off'} | ${fmt(bare)} | ${fmt(ours)} | ${(ours / bare).toFixed(2)} |`,
  );
}

if ((globalThis as { gc?: unknown }).gc) {
  console.log('\n## Heap per idle (subscribed) subscription actor, 10,000 alive');
  console.log('| variant | bytes per subscription |\n|---|---|');
  for (const { variant, bytes } of measureSubscriptionHeap()) console.log(`| ${variant} | ${fmt(bytes)} |`);
} else {
  console.log('\n## Heap: skipped (run with node --expose-gc --import tsx)');
}

console.log(
  '\n## Reconnect storm: 10,000 real connection machines dropped at t=0, server down 10 s (seed 1)',
);
console.log(
  '| policy | worst 100 ms window | median first delay (ms) | attempts in 10 s |\n|---|---|---|---|',
);
const results = [spreadBackoff, centrifugeBackoff, fixedBackoff(1000), natsBackoff].map((p) =>
  simulateStorm(p),
);
for (const r of results) {
  console.log(`| ${r.policy} | ${fmt(r.worstWindow)} | ${fmt(r.medianFirstDelay)} | ${fmt(r.attempts)} |`);
}
const [spread, centrifuge] = results;
if (spread && centrifuge) {
  const ratio = spread.worstWindow / centrifuge.worstWindow;
  console.log(`\nspread / centrifuge worst window: ${ratio.toFixed(2)} (goal ≤ 0.60); median first delay`);
  console.log(
    `${fmt(spread.medianFirstDelay)} ms vs ${fmt(centrifuge.medianFirstDelay)} ms (goal: no longer).`,
  );
}
