// classify() against a hand-written switch that knows the same answers: the cost of data-driven
// rules, overrides support and rule names. Goal (issue 2): at most 1.5 x the baseline.
import { Bench } from 'tinybench';
import { classify } from '../src/codes/classify.ts';
import type { Signal } from '../src/codes/types.ts';

// The hand-written baselines: what an SDK without a catalog would write (centrifuge-js and
// nats.js style). They return the facts a verdict carries (scope, action, the rule that fired and
// the code or text), so the comparison measures the catalog, not a smaller answer that V8 can
// fold into a constant.
interface Baseline {
  scope: string;
  action: string;
  rule: string;
  code?: number;
  reason?: string;
}
function switchCentrifugoDisconnect(code: number): Baseline {
  if (code === 3014) return { scope: 'connection', action: 'reconnect', rule: 'state-invalidated', code };
  if (code >= 3500 && code < 4000) return { scope: 'connection', action: 'close', rule: 'range-3500', code };
  if (code >= 4500 && code < 5000) return { scope: 'connection', action: 'close', rule: 'range-4500', code };
  return { scope: 'connection', action: 'reconnect', rule: 'default', code };
}
function switchCeleriant(code: number): Baseline {
  switch (code) {
    case 2002:
      return { scope: 'request', action: 'succeed', rule: 'idempotent', code };
    case 2003:
    case 4002:
      return { scope: 'request', action: 'conflict', rule: 'occ', code };
    case 2011:
    case 3005:
    case 4006:
    case 2027:
      return { scope: 'request', action: 'redirect', rule: 'not-leader', code };
    case 2012:
    case 2013:
    case 3006:
    case 4007:
    case 11000:
      return { scope: 'request', action: 'retry', rule: 'busy', code };
    case 8002:
    case 8003:
    case 8004:
      return { scope: 'subscription', action: 'resubscribe', rule: 'watch', code };
    default:
      return { scope: 'request', action: 'fail', rule: 'default', code };
  }
}
// nats.js style: lower-case the text and test substrings in order.
function switchNats(text: string): Baseline {
  const t = text.toLowerCase();
  if (t.includes('permissions violation'))
    return { scope: 'subscription', action: 'unsubscribe', rule: 'permissions', reason: text };
  if (
    t.includes('authorization violation') ||
    t.includes('authentication expired') ||
    t.includes('authentication timeout')
  )
    return { scope: 'connection', action: 'refresh-token', rule: 'auth', reason: text };
  if (t.includes('stale connection'))
    return { scope: 'connection', action: 'reconnect', rule: 'stale', reason: text };
  if (t.includes('maximum payload'))
    return { scope: 'connection', action: 'reconnect', rule: 'payload', reason: text };
  return { scope: 'connection', action: 'reconnect', rule: 'default', reason: text };
}

const centrifugoCodes = [3000, 3001, 3004, 3500, 3501, 3503, 4000, 4501, 3012, 3014];
const celeriantCodes = [2002, 2003, 2011, 2012, 2013, 1001, 3005, 8002, 11000, 4002];
const natsTexts = [
  "'Authorization Violation'",
  '\'Permissions Violation for Subscription to "foo.bar"\'',
  "'Stale Connection'",
  "'Maximum Payload Violation'",
  "'User Authentication Expired'",
  "'Unknown Protocol Operation'",
];
const centrifugoSignals: Signal[] = centrifugoCodes.map((code) => ({
  protocol: 'centrifugo',
  kind: 'disconnect',
  code,
}));
const celeriantSignals: Signal[] = celeriantCodes.map((code) => ({
  protocol: 'celeriant',
  kind: 'error',
  code,
}));
const natsSignals: Signal[] = natsTexts.map((text) => ({ protocol: 'nats', kind: 'err', text }));

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
