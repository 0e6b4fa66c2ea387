// classify() against a hand-written switch that knows the same answers: the cost of data-driven
// rules, overrides support and rule names. Goal (issue 2): at most 1.5 x the baseline.
import { Bench } from 'tinybench';
import { classify } from '../src/codes/classify.ts';
import type { Signal } from '../src/codes/types.ts';

// The hand-written baseline: what an SDK without a catalog would write (centrifuge-js style).
function switchCentrifugoDisconnect(code: number): { scope: string; action: string } {
  if ((code >= 3500 && code < 4000) || (code >= 4500 && code < 5000))
    return { scope: 'connection', action: 'close' };
  return { scope: 'connection', action: 'reconnect' };
}
function switchCeleriant(code: number): { scope: string; action: string } {
  switch (code) {
    case 2002:
      return { scope: 'request', action: 'succeed' };
    case 2003:
    case 4002:
      return { scope: 'request', action: 'conflict' };
    case 2011:
    case 3005:
    case 4006:
    case 2027:
      return { scope: 'request', action: 'redirect' };
    case 2012:
    case 2013:
    case 3006:
    case 4007:
    case 11000:
      return { scope: 'request', action: 'retry' };
    default:
      return { scope: 'request', action: 'fail' };
  }
}
// nats.js style: lower-case the text and test substrings in order.
function switchNats(text: string): { scope: string; action: string } {
  const t = text.toLowerCase();
  if (t.includes('permissions violation')) return { scope: 'subscription', action: 'unsubscribe' };
  if (
    t.includes('authorization violation') ||
    t.includes('authentication expired') ||
    t.includes('authentication timeout')
  )
    return { scope: 'connection', action: 'refresh-token' };
  if (t.includes('stale connection')) return { scope: 'connection', action: 'reconnect' };
  if (t.includes('maximum payload')) return { scope: 'connection', action: 'reconnect' };
  return { scope: 'connection', action: 'reconnect' };
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

let sink = 0;
const bench = new Bench({ time: 500, warmupTime: 100 });
bench
  .add('centrifugo disconnect: switch baseline', () => {
    for (const c of centrifugoCodes) sink += switchCentrifugoDisconnect(c).action.length;
  })
  .add('centrifugo disconnect: classify()', () => {
    for (const s of centrifugoSignals) sink += classify(s).action.length;
  })
  .add('celeriant error: switch baseline', () => {
    for (const c of celeriantCodes) sink += switchCeleriant(c).action.length;
  })
  .add('celeriant error: classify()', () => {
    for (const s of celeriantSignals) sink += classify(s).action.length;
  })
  .add('nats -ERR text: substring baseline', () => {
    for (const t of natsTexts) sink += switchNats(t).action.length;
  })
  .add('nats -ERR text: classify()', () => {
    for (const s of natsSignals) sink += classify(s).action.length;
  });
await bench.run();

const rows = bench.tasks.map((t) => {
  const r = t.result as { throughput?: { mean: number }; latency?: { mean: number } } | undefined;
  return { name: t.name, opsPerSec: Math.round(r?.throughput?.mean ?? 0) };
});
console.table(rows);
for (let i = 0; i < rows.length; i += 2) {
  const base = rows[i];
  const ours = rows[i + 1];
  if (base && ours)
    console.log(`${ours.name}: ${(base.opsPerSec / ours.opsPerSec).toFixed(2)} x the baseline's time`);
}
if (sink === -1) console.log(sink);
