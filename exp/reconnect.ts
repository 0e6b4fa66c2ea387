import { Centrifuge } from 'centrifuge';
import { WebSocket } from 'ws';
import { importBundled } from '../bench/support/bundleEntry.ts';
import { until } from '../bench/support/measureHeap.ts';
import { startCentrifugoPeer } from '../test/centrifugo/peer/index.ts';
const N = 10_000;
const which = process.argv[2] ?? 'codestate';
const peer = await startCentrifugoPeer();
const { createCentrifugoSession } = await importBundled<typeof import('../src/protocols/centrifugo/index.ts')>('src/protocols/centrifugo/index.ts');
let client: any, subs: any[] = [];
const backoff = { name: 'zero', delay: () => 0 };
if (which === 'codestate') {
  client = createCentrifugoSession({ url: peer.url, WebSocket, backoff });
  client.connect();
  subs = Array.from({ length: N }, (_, i) => client.subscribe(`x${i}`));
} else {
  client = new Centrifuge(peer.url, { websocket: WebSocket, minReconnectDelay: 0, maxReconnectDelay: 0 });
  client.connect();
  subs = Array.from({ length: N }, (_, i) => { const s = client.newSubscription(`x${i}`); s.subscribe(); return s; });
}
await until(() => subs.every((s) => s.state === 'subscribed'), 'first', 120000);
for (let round = 0; round < 4; round++) {
  const count = peer.connections.length;
  let tConnecting = 0;
  const offC = which === 'codestate' ? client.on('status', (s: any) => { if (s.state === 'connecting' && !tConnecting) tConnecting = performance.now(); }) : (client.on('connecting', () => { if (!tConnecting) tConnecting = performance.now(); }), () => {});
  const t0 = performance.now();
  peer.connections.at(-1)!.socket.close(3001, 'shutdown');
  await peer.waitForConnections(count + 1);
  await peer.connections.at(-1)!.waitFor('subscribe', N);
  const t1 = performance.now();
  await until(() => tConnecting > 0 && subs.every((s) => s.state === 'subscribed'), 'again', 120000);
  const t2 = performance.now();
  console.log(which, 'server has all', (t1 - t0).toFixed(0), 'ms; app connecting->all subscribed', (t2 - tConnecting).toFixed(0), 'ms');
  offC?.();
}
process.exit(0);
