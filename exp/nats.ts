import { connect } from '@nats-io/transport-node';
import { importBundled } from '../bench/support/bundleEntry.ts';
import { until } from '../bench/support/measureHeap.ts';
import { startNatsServer, stopAllNatsServers } from '../test/nats/harness/natsServer.ts';
const N = 10_000;
const which = process.argv[2] ?? 'codestate';
const server = await startNatsServer();
const { createNatsSession } = await importBundled<typeof import('../src/protocols/nats/index.ts')>('src/protocols/nats/index.ts');
for (let r = 0; r < 3; r++) {
  if (which === 'codestate') {
    const s = createNatsSession({ servers: server.url });
    s.connect(); await until(() => s.state === 'connected', 'c');
    const t0 = performance.now();
    const subs = Array.from({ length: N }, (_, i) => s.subscribe(`r${r}.s${i}`));
    await s.flush();
    const t1 = performance.now();
    await until(() => subs.every((x) => x.state === 'subscribed'), 'subs');
    console.log('codestate', (t1 - t0).toFixed(0), 'ms flush;', (performance.now() - t0).toFixed(0), 'ms all subscribed');
    s.stop();
  } else {
    const nc = await connect({ servers: server.url });
    const t0 = performance.now();
    for (let i = 0; i < N; i++) nc.subscribe(`r${r}.s${i}`);
    await nc.flush();
    console.log('nats.js', (performance.now() - t0).toFixed(0), 'ms');
    await nc.close();
  }
}
await stopAllNatsServers(); process.exit(0);
