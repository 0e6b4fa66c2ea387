import { importBundled } from '../bench/support/bundleEntry.ts';
const { SubscriptionTable } = await importBundled<typeof import('../src/protocols/shared/subscriptionTable.ts')>('src/protocols/shared/subscriptionTable.ts');
const N = 10000;
const t = new SubscriptionTable<any>({ onCommand: (c: any, cmd: any) => { if (cmd.type === 'driver.subscribe') pendingOk.push(c); } });
let pendingOk: any[] = [];
const cells = Array.from({ length: N }, (_, i) => ({ cellRemoved: false } as any));
t.setConnection(true);
let t0 = performance.now();
for (const [i, c] of cells.entries()) { t.add(c, { channel: 'c' + i }); t.send(c, { type: 'subscribe' }); }
console.log('add+subscribe us', ((performance.now() - t0) * 1000 / N).toFixed(2));
for (let r = 0; r < 5; r++) {
  t0 = performance.now(); const oks = pendingOk; pendingOk = [];
  for (const c of oks) t.send(c, { type: 'subscribe.ok' });
  const tOk = performance.now() - t0;
  t0 = performance.now(); t.setConnection(false); const tDown = performance.now() - t0;
  t0 = performance.now(); t.setConnection(true); const tUp = performance.now() - t0;
  console.log(`ok ${(tOk * 1000 / N).toFixed(2)} down ${(tDown * 1000 / N).toFixed(2)} up ${(tUp * 1000 / N).toFixed(2)} us/sub`);
}
