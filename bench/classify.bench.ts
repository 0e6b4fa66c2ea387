// classify() against a hand-written switch that knows the same answers: the cost of data-driven
// rules, overrides support and rule names. Goal (issue 2): at most 1.5 x the baseline.
import { Bench } from 'tinybench';
import { classify } from '../src/codes/classify.ts';
import {
  celeriantCodes,
  celeriantSignals,
  centrifugoCodes,
  centrifugoSignals,
  natsSignals,
  natsTexts,
  switchCeleriant,
  switchCentrifugoDisconnect,
  switchNats,
} from './support/classifyBaselines.ts';

// Results are kept (as a session keeps a verdict in context), so neither side's object can be
// optimised away; ROUNDS amortises tinybench's own per-call overhead (~35 ns here).
const ROUNDS = 20;
const kept: unknown[] = new Array(64);
let slot = 0;
function keep(value: unknown): void {
  kept[slot++ & 63] = value;
}
const bench = new Bench({ time: 500, warmupTime: 100 });
bench
  .add('centrifugo disconnect: switch baseline', () => {
    for (let r = 0; r < ROUNDS; r++) for (const c of centrifugoCodes) keep(switchCentrifugoDisconnect(c));
  })
  .add('centrifugo disconnect: classify()', () => {
    for (let r = 0; r < ROUNDS; r++) for (const s of centrifugoSignals) keep(classify(s));
  })
  .add('celeriant error: switch baseline', () => {
    for (let r = 0; r < ROUNDS; r++) for (const c of celeriantCodes) keep(switchCeleriant(c));
  })
  .add('celeriant error: classify()', () => {
    for (let r = 0; r < ROUNDS; r++) for (const s of celeriantSignals) keep(classify(s));
  })
  .add('nats -ERR text: substring baseline', () => {
    for (let r = 0; r < ROUNDS; r++) for (const t of natsTexts) keep(switchNats(t));
  })
  .add('nats -ERR text: classify()', () => {
    for (let r = 0; r < ROUNDS; r++) for (const s of natsSignals) keep(classify(s));
  });
await bench.run();

// Calls per task iteration, in task order (baseline and classify() share a signal list).
const callsPerIteration = [
  centrifugoCodes,
  centrifugoCodes,
  celeriantCodes,
  celeriantCodes,
  natsTexts,
  natsTexts,
].map((list) => list.length * ROUNDS);
const rows = bench.tasks.map((t, i) => {
  const r = t.result as { throughput?: { mean: number } } | undefined;
  const iterationsPerSec = r?.throughput?.mean ?? 0;
  const calls = callsPerIteration[i] ?? 1;
  return {
    name: t.name,
    'calls/s': Math.round(iterationsPerSec * calls),
    'ns/call': Number((1e9 / (iterationsPerSec * calls)).toFixed(1)),
  };
});
console.table(rows);
for (let i = 0; i < rows.length; i += 2) {
  const base = rows[i];
  const ours = rows[i + 1];
  if (base && ours)
    console.log(`${ours.name}: ${(ours['ns/call'] / base['ns/call']).toFixed(2)} x the baseline's time`);
}
if (kept.length !== 64) console.log(kept);
