import { type AnyActorRef, createActor, setup, spawnChild } from 'xstate';
import { leanSubscriptionMachine } from '../src/machines/subscription/leanSubscriptionMachine.ts';
import { subscriptionMachine } from '../src/machines/subscription/subscriptionMachine.ts';

type SubscriptionLogic = typeof subscriptionMachine;
interface AddEvent {
  type: 'add';
  channel: string;
}

/** Everything measured stays reachable, so no later measurement is offset by an earlier one's collection. */
const retained: unknown[] = [];

function collect(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc)
    throw new Error(
      'Heap measurement needs --expose-gc: run `node --expose-gc --import tsx bench/machines.bench.ts`.',
    );
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** Brings a subscription to rest in `subscribed` with a recovery position, as an idle one sits. */
function settle(actor: AnyActorRef, i: number): void {
  actor.send({ type: 'subscribe' });
  actor.send({ type: 'subscribe.ok', position: { offset: i, epoch: 'e' } });
}

/** Bytes per idle subscription when each is its own root actor (`createActor`). */
export function heapPerRootSubscription(logic: SubscriptionLogic, count = 10_000): number {
  const keep: AnyActorRef[] = [];
  const before = collect();
  for (let i = 0; i < count; i++) {
    const actor = createActor(logic, { input: { channel: `channel-${i}`, connected: true } }).start();
    settle(actor, i);
    keep.push(actor);
  }
  const after = collect();
  retained.push(keep);
  return (after - before) / count;
}

/** Bytes per idle subscription when a session root spawns them all (one shared actor system). */
export function heapPerSpawnedSubscription(logic: SubscriptionLogic, count = 10_000): number {
  const session = setup({
    types: { events: {} as AddEvent },
    actions: {
      addSubscription: spawnChild(logic, {
        input: ({ event }: { event: AddEvent }) => ({ channel: event.channel, connected: true }),
      }),
    },
  }).createMachine({ on: { add: { actions: 'addSubscription' } } });
  const root = createActor(session).start();
  retained.push(root);
  const before = collect();
  for (let i = 0; i < count; i++) root.send({ type: 'add', channel: `channel-${i}` });
  for (const [i, child] of Object.values(root.getSnapshot().children).entries())
    settle(child as AnyActorRef, i);
  return (collect() - before) / count;
}

/** All four variants: root or spawned, with or without the invoked driver child. */
export function measureSubscriptionHeap(): Array<{ variant: string; bytes: number }> {
  // Warm-up: the first actors pay for JIT code and shared structures, not per-subscription state.
  heapPerRootSubscription(subscriptionMachine, 500);
  heapPerRootSubscription(leanSubscriptionMachine, 500);
  return [
    { variant: 'subscriptionMachine, root actor each', bytes: heapPerRootSubscription(subscriptionMachine) },
    {
      variant: 'subscriptionMachine, spawned by a session',
      bytes: heapPerSpawnedSubscription(subscriptionMachine),
    },
    {
      variant: 'leanSubscriptionMachine, root actor each',
      bytes: heapPerRootSubscription(leanSubscriptionMachine),
    },
    {
      variant: 'leanSubscriptionMachine, spawned by a session',
      bytes: heapPerSpawnedSubscription(leanSubscriptionMachine),
    },
  ];
}
