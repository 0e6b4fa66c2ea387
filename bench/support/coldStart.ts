import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleToFile } from './bundleEntry.ts';
import { startBenchPeer } from './startBenchPeer.ts';

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

/** The valibot schema the floors check the connect reply with (`v` is valibot). */
const REPLY_SCHEMA =
  'const schema = v.object({ id: v.number(), connect: v.optional(v.object({ client: v.optional(v.string()) })) });';

/**
 * Floors under codestate's cold start. `bare`: import its two dependencies, xstate and valibot,
 * then connect with a bare WebSocket (one connect command, wait for its reply). `actor`: the same,
 * plus the least a client built on them does: one valibot schema checks the reply, and one
 * started xstate actor of a three-state chart takes two events. `chart`: the actor floor with
 * codestate's connection chart (the machine every session runs) in place of the three-state one.
 */
const COLD_START_FLOORS = {
  bare: `await import('xstate'); await import('valibot');
  ${connectBare('if (reply.id === 1) r();')}`,
  actor: `const { setup, createActor } = await import('xstate'); const v = await import('valibot');
  ${REPLY_SCHEMA}
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
  ${REPLY_SCHEMA}
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

/** A floor of {@link COLD_START_FLOORS}. */
export type ColdStartFloor = keyof typeof COLD_START_FLOORS;

/**
 * One cold start in a fresh plain `node` (no tsx): import and connect to the scripted peer, ms
 * from before the import to `connected`. centrifuge-js from node_modules; codestate's built
 * `dist/centrifugo.js` (what an app loads), or one of the floors. What it starts (the peer, a
 * bundle) is stopped or removed by `cleanups`.
 */
export async function coldStart(
  client: 'codestate' | 'official',
  floor: ColdStartFloor | undefined,
  cleanups: Array<() => unknown>,
): Promise<{ value: number; unit: 'ms'; extra: { cpuMs: number } }> {
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
