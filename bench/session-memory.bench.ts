/**
 * Heap per idle subscribed subscription, 10,000 in one connected client: the codestate
 * Centrifugo session next to the official `centrifuge` client, both against the scripted peer
 * (run in a child process so its memory is not counted). Numbers for BENCHMARKS.md; not a test.
 *
 * codestate is measured as shipped, from `dist/` (`npm run build` first): under tsx every function
 * gets a `name` property defined on it (esbuild's keepNames), which adds ~250 B per closure.
 * Run: `node --expose-gc --import tsx bench/session-memory.bench.ts` (or `npm run bench session-memory`).
 */
import { existsSync } from 'node:fs';
import { Centrifuge } from 'centrifuge';
import { WebSocket } from 'ws';
import { startPeerProcess } from './support/startPeerProcess.ts';

type CentrifugoModule = typeof import('../src/protocols/centrifugo/index.ts');
const built = new URL('../dist/centrifugo.js', import.meta.url);
if (!existsSync(built)) throw new Error('dist/centrifugo.js is missing: run `npm run build` first.');
const { createCentrifugoSession }: CentrifugoModule = await import(built.href);

const COUNT = 10_000;

/** Everything measured stays reachable, so one client's collection does not offset the other's. */
const retained: unknown[] = [];

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc)
    throw new Error('Run with --expose-gc: node --expose-gc --import tsx bench/session-memory.bench.ts');
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

function until(done: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (done()) resolve();
      else if (Date.now() > deadline) reject(new Error(`Timed out waiting for ${what}.`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

/** A client under measurement: connect it, then subscribe `count` channels. */
interface Contender {
  name: string;
  connect(url: string): Promise<void>;
  subscribe(prefix: string, count: number): () => boolean;
}

const codestate = (): Contender => {
  let session: ReturnType<typeof createCentrifugoSession> | undefined;
  return {
    name: 'codestate createCentrifugoSession',
    async connect(url) {
      session = createCentrifugoSession({ url, WebSocket });
      retained.push(session);
      session.connect();
      await until(() => session?.state === 'connected', 'codestate connected');
    },
    subscribe(prefix, count) {
      const subs: Array<{ state: string } | undefined> = [];
      for (let i = 0; i < count; i++) subs.push(session?.subscribe(`${prefix}${i}`));
      return () => subs.every((sub) => sub?.state === 'subscribed');
    },
  };
};

const official = (): Contender => {
  let client: Centrifuge | undefined;
  return {
    name: 'centrifuge 5.8.0 (official)',
    async connect(url) {
      client = new Centrifuge(url, { websocket: WebSocket });
      retained.push(client);
      client.connect();
      await until(() => client?.state === 'connected', 'centrifuge connected');
    },
    subscribe(prefix, count) {
      const subs: Array<{ state: string } | undefined> = [];
      for (let i = 0; i < count; i++) {
        const sub = client?.newSubscription(`${prefix}${i}`);
        sub?.subscribe();
        subs.push(sub);
      }
      return () => subs.every((sub) => sub?.state === 'subscribed');
    },
  };
};

/** Bytes per idle subscribed subscription, after a warm-up batch that pays for JIT and shared shapes. */
async function measure(contender: Contender, url: string): Promise<number> {
  await contender.connect(url);
  const warm = contender.subscribe('warm-', 500);
  await until(warm, `${contender.name} warm-up`);
  const before = heapUsed();
  const all = contender.subscribe('channel-', COUNT);
  await until(all, `${contender.name} ${COUNT} subscribed`);
  return (heapUsed() - before) / COUNT;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const peer = await startPeerProcess();
try {
  console.log(`node ${process.version}, ${new Date().toISOString()}\n`);
  console.log(`## Centrifugo: heap per idle subscribed subscription, ${fmt(COUNT)} in one session`);
  const ours = await measure(codestate(), peer.url);
  const theirs = await measure(official(), peer.url);
  console.log('| client | bytes per subscription |\n|---|---|');
  console.log(`| codestate createCentrifugoSession | ${fmt(ours)} |`);
  console.log(`| centrifuge 5.8.0 (official) | ${fmt(theirs)} |`);
  console.log(`\nratio codestate / official: ${(ours / theirs).toFixed(2)} (goal ≤ 1.5)`);
} finally {
  peer.close();
}
process.exit(0);
