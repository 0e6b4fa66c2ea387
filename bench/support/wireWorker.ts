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
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connect as natsConnect } from '@nats-io/transport-node';
import { startNatsServer, stopAllNatsServers } from '../../test/nats/harness/natsServer.ts';
import { bundleToFile, importBundled } from './bundleEntry.ts';
import * as baselines from './classifyBaselines.ts';
import { startBenchPeer } from './startBenchPeer.ts';

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

const root = new URL('../../', import.meta.url);

/**
 * Connects with a bare WebSocket and stops the clock on the connect reply. `onReply` is run with
 * `reply`, the reply's first line parsed, and `r`, which settles the wait.
 */
const connectBare = (onReply: string) => `const ws = new WebSocket(url);
  await new Promise((r) => {
    ws.on('open', () => ws.send(JSON.stringify({ id: 1, connect: {} })));
    ws.on('message', (data) => { const reply = JSON.parse(String(data).split('\\n')[0]); ${onReply} });
  });
  const t1 = performance.now(); ws.close();`;

/**
 * Floors under codestate's cold start, with no codestate code. `bare`: import its two
 * dependencies, xstate and valibot, then connect with a bare WebSocket (one connect command, wait
 * for its reply). `actor`: the same, plus the least a client built on them does: one valibot
 * schema checks the reply, and one started xstate actor of a three-state chart takes two events.
 */
const COLD_START_FLOORS = {
  bare: `await import('xstate'); await import('valibot');
  ${connectBare('if (reply.id === 1) r();')}`,
  actor: `const { setup, createActor } = await import('xstate'); const v = await import('valibot');
  const schema = v.object({ id: v.number(), connect: v.optional(v.object({ client: v.optional(v.string()) })) });
  const chart = setup({}).createMachine({ id: 'c', initial: 'idle', states: {
    idle: { on: { go: 'connecting' } }, connecting: { on: { ok: 'connected' } }, connected: {} } });
  const actor = createActor(chart).start(); actor.send({ type: 'go' });
  ${connectBare(`if (v.parse(schema, reply).id !== 1) return;
    actor.send({ type: 'ok' });
    if (!actor.getSnapshot().matches('connected')) throw new Error('the floor chart did not connect');
    r();`)}`,
  // CHART is replaced with the URL of a bundle of createConnectionMachine (xstate stays an import).
  chart: `const { createActor, fromCallback } = await import('xstate'); const v = await import('valibot');
  const { createConnectionMachine } = await import(CHART);
  const schema = v.object({ id: v.number(), connect: v.optional(v.object({ client: v.optional(v.string()) })) });
  let ws;
  const driver = fromCallback(({ sendBack, receive }) => {
    receive((command) => {
      if (command.type !== 'driver.open') return;
      ws = new WebSocket(url);
      ws.on('open', () => ws.send(JSON.stringify({ id: 1, connect: {} })));
      ws.on('message', (data) => {
        const reply = v.parse(schema, JSON.parse(String(data).split('\\n')[0]));
        if (reply.id === 1) sendBack({ type: 'transport.connected' });
      });
    });
  });
  const actor = createActor(createConnectionMachine({ driver })).start();
  await new Promise((r) => {
    actor.subscribe((snapshot) => snapshot.matches('connected') && r());
    actor.send({ type: 'connect' });
  });
  const t1 = performance.now(); actor.stop(); ws.close();`,
};

async function coldStart(floor?: keyof typeof COLD_START_FLOORS): Promise<Result> {
  const dist = new URL('dist/centrifugo.js', root);
  if (client === 'codestate' && floor === undefined && !existsSync(dist))
    throw new Error('Run `npm run build` first.');
  const peer = await startBenchPeer();
  cleanups.push(() => peer.close());
  let chart = '';
  if (floor === 'chart') {
    const { file, own } = await bundleToFile('src/machines/connection/createConnectionMachine.ts');
    if (own) cleanups.push(() => rmSync(file, { force: true }));
    chart = JSON.stringify(file.href);
  }
  const load =
    client === 'official'
      ? `const { Centrifuge } = await import('centrifuge');
         const c = new Centrifuge(url, { websocket: WebSocket });
         await new Promise((r) => { c.on('connected', r); c.connect(); });
         const t1 = performance.now(); c.disconnect();`
      : floor !== undefined
        ? COLD_START_FLOORS[floor].replace('CHART', chart)
        : `const { createCentrifugoSession } = await import(${JSON.stringify(dist.href)});
         const s = createCentrifugoSession({ url, WebSocket });
         await new Promise((r) => { s.on('status', (st) => st.state === 'connected' && r()); s.connect(); });
         const t1 = performance.now(); s.stop();`;
  // ws is imported before the clock starts: both clients need it in Node 20 and it is not theirs.
  const script = `const { WebSocket } = await import('ws'); const url = ${JSON.stringify(peer.url)};
    const t0 = performance.now(); const c0 = process.cpuUsage(); ${load}
    const used = process.cpuUsage(c0);
    console.log(JSON.stringify({ ms: t1 - t0, cpuMs: (used.user + used.system) / 1000 })); process.exit(0);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(root),
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`cold start failed: ${child.stderr}`);
  const { ms, cpuMs } = JSON.parse(line) as { ms: number; cpuMs: number };
  return { value: ms, unit: 'ms', extra: { cpuMs } };
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
      return coldStart();
    case 'cold-start-floor':
      return coldStart('bare');
    case 'cold-start-actor-floor':
      return coldStart('actor');
    case 'cold-start-chart-floor':
      return coldStart('chart');
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
