/**
 * One run of bench/jetstream.bench.ts, in a fresh process: a real `nats-server -js` (store in a temp
 * folder), a file stream filled with `count` small messages (by nats.js core publishes, the same
 * for both), then one client consumes them all with an ordered pull consumer (200 per pull).
 * Prints one JSON line: `{ client, count, ms, msgsPerSec, heapBytes, rssBytes }`, where `ms` is
 * consume() to the last message and `heapBytes` the heap (after GC) with the consumer still
 * open, minus the heap before the client was created.
 *
 * `node --expose-gc --import tsx bench/support/jetStreamWorker.ts --client codestate|official --count 20000`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { jetstreamManager, jetstream as natsJsJetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { startNatsServer, stopAllNatsServers } from '../../test/nats/harness/natsServer.ts';
import { importBundled } from './bundleEntry.ts';
import { until } from './measureHeap.ts';

const { values } = parseArgs({
  options: { client: { type: 'string' }, count: { type: 'string', default: '20000' } },
});
const client = values.client;
const count = Number(values.count);
if (client !== 'codestate' && client !== 'official') throw new Error('--client codestate|official');

const gc = (globalThis as { gc?: () => void }).gc;
const heapUsed = () => {
  for (let i = 0; i < 4; i++) gc?.();
  return process.memoryUsage().heapUsed;
};

const store = mkdtempSync(join(tmpdir(), 'codestate-jsbench-'));
const server = await startNatsServer({ config: `jetstream { store_dir: "${store}" }` });
try {
  const filler = await connect({ servers: server.url });
  const jsm = await jetstreamManager(filler);
  await jsm.streams.add({ name: 'B', subjects: ['b.>'], storage: 'file' as never });
  const payload = new TextEncoder().encode('x'.repeat(64));
  for (let i = 0; i < count; i++) {
    filler.publish('b.m', payload);
    if (i % 5000 === 0) await filler.flush();
  }
  await filler.flush();
  for (let tries = 0; (await jsm.streams.info('B')).state.messages < count; tries++) {
    if (tries > 600) throw new Error('the stream was not filled');
    await new Promise((r) => setTimeout(r, 50));
  }
  await filler.close();

  // Code is loaded before the baseline, so the heap figure is the client's state, not its code.
  const nats = await importBundled<typeof import('../../src/protocols/nats/index.ts')>(
    'src/protocols/nats/index.ts',
  );
  const jsMod = await importBundled<typeof import('../../src/protocols/nats/jetstream/index.ts')>(
    'src/protocols/nats/jetstream/index.ts',
  );
  let received = 0;
  const base = heapUsed();
  let start = 0;
  /** The heap of the connected client alone, before it consumes. */
  let sessionHeap = 0;
  let stop: () => Promise<void>;
  if (client === 'codestate') {
    const session = nats.createNatsSession({ servers: server.url });
    session.connect();
    await until(() => session.state === 'connected', 'connected');
    sessionHeap = heapUsed() - base;
    start = performance.now();
    const consumer = jsMod.jetstream(session).consume({ stream: 'B', maxMessages: 200 });
    consumer.on('message', () => {
      received++;
    });
    stop = async () => {
      consumer.stop();
      session.stop();
    };
  } else {
    const nc = await connect({ servers: server.url });
    await nc.flush();
    sessionHeap = heapUsed() - base;
    start = performance.now();
    const consumer = await natsJsJetstream(nc).consumers.get('B');
    const messages = await consumer.consume({
      max_messages: 200,
      callback: () => {
        received++;
      },
    });
    stop = async () => {
      messages.stop();
      await nc.close();
    };
  }
  await until(() => received >= count, `${count} messages`);
  const ms = performance.now() - start;
  const heapBytes = heapUsed() - base;
  console.log(
    JSON.stringify({
      client,
      count,
      ms: Math.round(ms),
      msgsPerSec: Math.round((count / ms) * 1000),
      heapBytes,
      sessionHeap,
      rssBytes: process.memoryUsage().rss,
    }),
  );
  await stop();
} finally {
  await stopAllNatsServers();
  rmSync(store, { recursive: true, force: true });
}
