/**
 * One run of a wire-speed figure of the side-by-side bench (issue 10), in a fresh process like
 * `sideBySideWorker.ts`: measures one figure for one client and prints one JSON line,
 * `{client, figure, count, value, unit, extra}`.
 *
 * `node --expose-gc --import tsx bench/support/wireWorker.ts --client codestate|official --figure <id>`
 *
 * Figures:
 * - `nats-publish`: 200,000 publishes of 32 B, then one flush round trip, over TCP to a real
 *   nats-server; ms (msg/s in `extra`). nats.js `nc.publish` vs codestate `session.publish`.
 * - `centrifugo-decode`: one 1.47 MB message of 10,000 publication pushes; CPU ms per decode
 *   (`process.cpuUsage`, steadier than wall time on a shared machine), median of 15 after 5 warm-ups. centrifuge-js's own JSON codec (`split('\n')` + `JSON.parse` per line) vs
 *   `decodeCentrifugoFrames` (parse, valibot validation of every line, frame objects).
 * - `cold-start-centrifugo`: a fresh plain `node` (no tsx) imports the package and connects to the
 *   scripted peer; ms from before the import to `connected`. centrifuge-js from node_modules vs
 *   codestate's built `dist/centrifugo.js` (what an app loads), so `npm run build` must have run.
 * - `cold-start-floor` / `cold-start-actor-floor`: centrifuge-js as above vs importing xstate and
 *   valibot and connecting with a bare WebSocket (the second also checks the reply with valibot and
 *   runs one small xstate actor): what codestate's cold start cannot go under while built on them.
 * - `cold-start-chart-floor`: the same as the actor floor with codestate's connection chart (the
 *   machine every session runs, DESIGN.md) in place of the three-state one, its connect driven by
 *   a bare WebSocket: what a session cannot go under while that chart is its definition.
 * - `classify-centrifugo` / `classify-celeriant` / `classify-nats`: ns per call, the hand-written
 *   switch (bench/support/classifyBaselines.ts) vs `classify()`, CPU time, median of 7 timed passes.
 * - `classify-floor`: the same switch vs one that also validates the signal and names its row
 *   (`validatingSwitchCentrifugo`): the part of `classify()`'s cost that is not its catalog.
 * - `classify-nats-bare`: the NATS switch without reading a Permissions Violation's subject (the
 *   baseline before 2026-12-06 evening) vs `classify()`.
 * - `classify-nats-all`: nats.js's `includes` chain over every `-ERR` text of the catalog (the same
 *   knowledge) vs `classify()`.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { connect as natsConnect } from '@nats-io/transport-node';
import { startNatsServer, stopAllNatsServers } from '../../test/nats/harness/natsServer.ts';
import { importBundled } from './bundleEntry.ts';
import * as baselines from './classifyBaselines.ts';
import { coldStart } from './coldStart.ts';

type Client = 'codestate' | 'official';
interface Result {
  value: number;
  unit: 'ms' | 'ns';
  extra?: Record<string, number | string>;
}

const { values } = parseArgs({
  options: { client: { type: 'string' }, figure: { type: 'string' }, count: { type: 'string' } },
});
const client = values.client as Client;
const figure = values.figure ?? '';
if (client !== 'codestate' && client !== 'official') throw new Error('--client codestate|official');

const cleanups: Array<() => unknown> = [];
async function finish(code: number): Promise<never> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch {
      // Best effort: the process exits next.
    }
  }
  process.exit(code);
}
const watchdog = setTimeout(() => {
  process.stderr.write(`wire worker: ${client} ${figure} did not finish in 240 s\n`);
  void finish(2);
}, 240_000);
watchdog.unref();

function settleHeap(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc.');
  gc();
  gc();
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** 200,000 publishes of 32 B + flush. */
const PUBLISHES = 200_000;

async function natsPublish(): Promise<Result> {
  const server = await startNatsServer();
  cleanups.push(() => stopAllNatsServers());
  const payload = new Uint8Array(32).fill(97);
  let publish: (subject: string) => void;
  let flush: () => Promise<unknown>;
  if (client === 'official') {
    const nc = await natsConnect({ servers: server.url });
    cleanups.push(() => nc.close());
    publish = (subject) => nc.publish(subject, payload);
    flush = () => nc.flush();
  } else {
    const { createNatsSession } = await importBundled<typeof import('../../src/protocols/nats/index.ts')>(
      'src/protocols/nats/index.ts',
    );
    const session = createNatsSession({ servers: server.url });
    cleanups.push(() => session.stop());
    await new Promise<void>((resolve) => {
      session.on('status', (status) => status.state === 'connected' && resolve());
      session.connect();
    });
    publish = (subject) => {
      if (!session.publish(subject, payload)) throw new Error('codestate refused a publish');
    };
    flush = async () => {
      if (!(await session.flush())) throw new Error('codestate flush failed');
    };
  }
  settleHeap();
  const t0 = performance.now();
  for (let i = 0; i < PUBLISHES; i++) publish('bench.publish');
  await flush();
  const ms = performance.now() - t0;
  return { value: ms, unit: 'ms', extra: { msgPerSec: Math.round((PUBLISHES / ms) * 1000) } };
}

/** One message of 10,000 publication pushes, about 1.47 MB (147 B a line). */
function publicationBatch(count = 10_000): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const data = { seq: i, user: `user-${i % 97}`, text: 'x'.repeat(26 - String(i).length) };
    const pub = { data, offset: i + 1, tags: { source: 'bench' } };
    lines.push(JSON.stringify({ push: { channel: `room:${i % 50}`, pub } }));
  }
  return lines.join('\n');
}

async function centrifugoDecode(): Promise<Result> {
  const text = publicationBatch();
  let decode: () => number;
  if (client === 'official') {
    // centrifuge-js 5.8.0's JsonCodec.decodeReplies: split on newlines, JSON.parse each line.
    decode = () => {
      const replies = [];
      for (const line of text.split('\n')) if (line) replies.push(JSON.parse(line));
      return replies.length;
    };
  } else {
    const { decodeCentrifugoFrames } = await importBundled<
      typeof import('../../src/frames/centrifugo/index.ts')
    >('src/frames/centrifugo/index.ts');
    decode = () => {
      const result = decodeCentrifugoFrames(text);
      if (!result.ok) throw new Error(result.error.message);
      return result.frames.length;
    };
  }
  for (let i = 0; i < 5; i++) if (decode() !== 10_000) throw new Error('wrong frame count');
  const times: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < 15; i++) {
    settleHeap();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    decode();
    const cpu = process.cpuUsage(cpu0);
    wall.push(performance.now() - t0);
    times.push((cpu.user + cpu.system) / 1000);
  }
  // CPU time of the process (GC threads included): on a shared machine it varies far less than
  // wall time, which counts the time other jobs held the core. Wall time is listed beside it.
  return {
    value: median(times),
    unit: 'ms',
    extra: { bytes: text.length, wallMs: median(wall), minCpuMs: Math.min(...times) },
  };
}

async function classifyFigure(
  kind: 'centrifugo' | 'celeriant' | 'nats' | 'nats-all' | 'nats-bare' | 'floor',
): Promise<Result> {
  const keptSlots: unknown[] = new Array(64);
  let slot = 0;
  const keep = (value: unknown) => {
    keptSlots[slot++ & 63] = value;
  };
  let pass: () => number;
  if (kind === 'floor') {
    // Both sides are baselines: the plain switch (official) and the validating one (codestate's column).
    const signals = baselines.centrifugoSignals;
    pass =
      client === 'official'
        ? () => {
            for (const c of baselines.centrifugoCodes) keep(baselines.switchCentrifugoDisconnect(c));
            return baselines.centrifugoCodes.length;
          }
        : () => {
            for (const s of signals) keep(baselines.validatingSwitchCentrifugo(s));
            return signals.length;
          };
  } else if (client === 'official') {
    const run = {
      centrifugo: () => {
        for (const c of baselines.centrifugoCodes) keep(baselines.switchCentrifugoDisconnect(c));
        return baselines.centrifugoCodes.length;
      },
      celeriant: () => {
        for (const c of baselines.celeriantCodes) keep(baselines.switchCeleriant(c));
        return baselines.celeriantCodes.length;
      },
      nats: () => {
        for (const t of baselines.natsTexts) keep(baselines.switchNats(t));
        return baselines.natsTexts.length;
      },
      'nats-bare': () => {
        for (const t of baselines.natsTexts) keep(baselines.switchNatsWithoutDetails(t));
        return baselines.natsTexts.length;
      },
      'nats-all': () => {
        for (const t of baselines.natsTexts) keep(baselines.chainOverAllNatsTexts(t));
        return baselines.natsTexts.length;
      },
    }[kind];
    pass = run;
  } else {
    const { classify } = await importBundled<typeof import('../../src/codes/index.ts')>('src/codes/index.ts');
    const signals = {
      centrifugo: baselines.centrifugoSignals,
      celeriant: baselines.celeriantSignals,
      nats: baselines.natsSignals,
      'nats-all': baselines.natsSignals,
      'nats-bare': baselines.natsSignals,
    }[kind];
    pass = () => {
      for (const s of signals) keep(classify(s));
      return signals.length;
    };
  }
  const time = (iterations: number) => {
    let calls = 0;
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < iterations; i++) calls += pass();
    const cpu = process.cpuUsage(cpu0);
    // CPU time (µs -> ns per call): steadier than wall time on a shared machine.
    return ((cpu.user + cpu.system) * 1e3) / calls;
  };
  time(50_000);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(time(100_000));
  if (keptSlots.length !== 64) console.log(keptSlots);
  return { value: median(times), unit: 'ns' };
}

async function measure(): Promise<Result> {
  switch (figure) {
    case 'nats-publish':
      return natsPublish();
    case 'centrifugo-decode':
      return centrifugoDecode();
    case 'cold-start-centrifugo':
      return coldStart(client, undefined, cleanups);
    case 'cold-start-floor':
      return coldStart(client, 'bare', cleanups);
    case 'cold-start-actor-floor':
      return coldStart(client, 'actor', cleanups);
    case 'cold-start-chart-floor':
      return coldStart(client, 'chart', cleanups);
    case 'classify-centrifugo':
      return classifyFigure('centrifugo');
    case 'classify-celeriant':
      return classifyFigure('celeriant');
    case 'classify-nats':
      return classifyFigure('nats');
    case 'classify-floor':
      return classifyFigure('floor');
    case 'classify-nats-all':
      return classifyFigure('nats-all');
    case 'classify-nats-bare':
      return classifyFigure('nats-bare');
    default:
      throw new Error(`Unknown --figure ${figure}`);
  }
}

try {
  const result = await measure();
  process.stdout.write(`${JSON.stringify({ client, figure, count: 1, ...result })}\n`);
  await finish(0);
} catch (error) {
  process.stderr.write(`wire worker ${client} ${figure}: ${String(error)}\n`);
  await finish(1);
}
