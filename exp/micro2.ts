import { createActor, setup } from 'xstate';
import { importBundled } from '../bench/support/bundleEntry.ts';
const { leanSubscriptionMachine: M } = await importBundled<typeof import('../src/machines/subscription/subscription.machine.ts')>('src/machines/subscription/subscription.machine.ts');
const host = createActor(setup({}).createMachine({})).start();
const scope: any = { self: host, id: '', sessionId: '', logger: () => {}, defer: () => {}, stopChild: () => {}, system: host.system, emit: () => {}, actionExecutor: () => {} };
const N = 10000;
for (let r = 0; r < 3; r++) {
let t0 = performance.now();
const a = []; for (let i = 0; i < N; i++) a.push(M.getInitialSnapshot(scope, { channel: 'c' + i, connected: true }));
const tInit = performance.now() - t0;
const tmpl = a[0];
t0 = performance.now();
const b = []; for (let i = 0; i < N; i++) b.push(M.resolveState({ value: 'unsubscribed', context: { ...tmpl.context, channel: 'c' + i } }));
const tResolve = performance.now() - t0;
t0 = performance.now();
const c = []; for (let i = 0; i < N; i++) c.push(M.transition(b[i], { type: 'subscribe' }, scope));
const tSub = performance.now() - t0;
console.log(`init ${(tInit * 1000 / N).toFixed(2)} resolveState ${(tResolve * 1000 / N).toFixed(2)} subscribe ${(tSub * 1000 / N).toFixed(2)} us`);
}
