import { Centrifuge } from 'centrifuge';
import { WebSocket } from 'ws';
import { importBundled } from '../bench/support/bundleEntry.ts';
import { until } from '../bench/support/measureHeap.ts';
import { startPeerProcess } from '../bench/support/startPeerProcess.ts';
const N = 10_000;
const which = process.argv[2] ?? 'codestate';
const peer = await startPeerProcess();
const { createCentrifugoSession } = await importBundled<typeof import('../src/protocols/centrifugo/index.ts')>('src/protocols/centrifugo/index.ts');
for (let round = 0; round < 3; round++) {
  if (which === 'codestate') {
    const s = createCentrifugoSession({ url: peer.url, WebSocket });
    s.connect(); await until(() => s.state === 'connected', 'c');
    const t0 = performance.now();
    const subs = Array.from({ length: N }, (_, i) => s.subscribe(`r${round}x${i}`));
    await until(() => subs.every((x) => x.state === 'subscribed'), 'subs', 120000);
    console.log('codestate subscribe', N, (performance.now() - t0).toFixed(0), 'ms');
    s.stop();
  } else {
    const c = new Centrifuge(peer.url, { websocket: WebSocket });
    c.connect(); await until(() => c.state === 'connected', 'c');
    const t0 = performance.now();
    const subs = Array.from({ length: N }, (_, i) => { const x = c.newSubscription(`r${round}x${i}`); x.subscribe(); return x; });
    await until(() => subs.every((x) => x.state === 'subscribed'), 'subs', 120000);
    console.log('centrifuge subscribe', N, (performance.now() - t0).toFixed(0), 'ms');
    c.disconnect();
  }
}
peer.close(); process.exit(0);
