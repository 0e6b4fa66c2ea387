/**
 * Heap per idle subscribed subscription, 10,000 in one connected client: codestate's sessions next
 * to the official clients. Centrifugo: against the scripted peer, run in a child process so its
 * memory is not counted. NATS: against a real nats-server. Numbers for BENCHMARKS.md; not a test.
 *
 * codestate is measured as an esbuild bundle of its entry points (see `importBundled`: under tsx
 * every function would carry an extra `name` property, ~250 B per closure, that builds don't have).
 * Run: `node --expose-gc --import tsx bench/session-memory.bench.ts` (or `npm run bench session-memory`).
 */
import { startNatsServer, stopAllNatsServers } from '../test/nats/harness/natsServer.ts';
import { importBundled } from './support/bundleEntry.ts';
import { codestateCentrifugo, officialCentrifugo } from './support/centrifugoContenders.ts';
import { type Contender, heapPerSubscription } from './support/measureHeap.ts';
import { codestateNats, officialNats } from './support/natsContenders.ts';
import { startPeerProcess } from './support/startPeerProcess.ts';

const COUNT = 10_000;
const GOAL = 1.5;

const { createCentrifugoSession } = await importBundled<
  typeof import('../src/protocols/centrifugo/index.ts')
>('src/protocols/centrifugo/index.ts');
const { createNatsSession } = await importBundled<typeof import('../src/protocols/nats/index.ts')>(
  'src/protocols/nats/index.ts',
);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
/** Everything measured stays open until the end, so one client's collection does not offset another's. */
const open: Contender[] = [];

async function table(title: string, ours: Contender, theirs: Contender): Promise<void> {
  open.push(ours, theirs);
  const a = await heapPerSubscription(ours, COUNT);
  const b = await heapPerSubscription(theirs, COUNT);
  console.log(`\n## ${title}: heap per idle subscribed subscription, ${fmt(COUNT)} in one client`);
  console.log('| client | bytes per subscription |\n|---|---|');
  console.log(`| ${ours.name} | ${fmt(a)} |\n| ${theirs.name} | ${fmt(b)} |`);
  console.log(`\nratio codestate / official: ${(a / b).toFixed(2)} (goal ≤ ${GOAL})`);
}

console.log(`node ${process.version}, ${new Date().toISOString()}`);
const peer = await startPeerProcess();
try {
  await table(
    'Centrifugo',
    codestateCentrifugo(createCentrifugoSession, peer.url),
    officialCentrifugo(peer.url),
  );
  const server = await startNatsServer();
  await table('NATS', codestateNats(createNatsSession, server.url), officialNats(server.url));
} finally {
  for (const contender of open) await contender.close().catch(() => {});
  peer.close();
  await stopAllNatsServers();
}
process.exit(0);
