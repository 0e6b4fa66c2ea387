import { assign, createActor, createMachine } from 'xstate';
import { connectionMachine } from '../src/machines/connection/connection.machine.ts';
import { leanSubscriptionMachine } from '../src/machines/subscription/leanSubscriptionMachine.ts';

/** Something that takes events (a connection or subscription actor, codestate's or bare). */
interface Sink {
  stop(): void;
  send(event: { type: string; position?: unknown; livenessTimeout?: number }): void;
}

/**
 * Bare XState machines of the same shape, with inline implementations: a connection whose
 * `connected` state has a liveness watchdog restarted by `activity` (or ignores `activity`), and a
 * subscription that assigns its position.
 */
const bareConnection = (liveness: boolean) =>
  createMachine({
    initial: 'idle',
    states: {
      idle: { on: { connect: 'connecting' } },
      connecting: { on: { 'transport.connected': 'connected' } },
      connected: liveness
        ? {
            initial: 'watching',
            states: {
              watching: {
                after: { 30000: '#stale' },
                on: { activity: { target: 'watching', reenter: true } },
              },
            },
          }
        : {},
      stale: { id: 'stale' },
    },
  });

const bareSubscription = createMachine({
  types: {} as { context: { position: unknown }; events: { type: string; position?: unknown } },
  context: { position: null },
  initial: 'unsubscribed',
  states: {
    unsubscribed: { on: { subscribe: 'subscribed' } },
    subscribed: { on: { position: { actions: assign({ position: ({ event }) => event.position }) } } },
  },
});

/** One connected connection actor and `subscriptions` subscribed subscriptions. */
function session(kind: 'codestate' | 'bare', liveness: boolean, subscriptions: number) {
  const connection: Sink =
    kind === 'codestate'
      ? createActor(connectionMachine).start()
      : createActor(bareConnection(liveness)).start();
  connection.send({ type: 'connect' });
  connection.send({ type: 'transport.connected', ...(liveness ? { livenessTimeout: 30_000 } : {}) });
  const subs: Sink[] = [];
  for (let i = 0; i < subscriptions; i++) {
    const sub: Sink =
      kind === 'codestate'
        ? createActor(leanSubscriptionMachine, { input: { channel: `c${i}`, connected: true } }).start()
        : createActor(bareSubscription).start();
    sub.send({ type: 'subscribe' });
    sub.send({ type: 'subscribe.ok' });
    subs.push(sub);
  }
  return { connection, subs };
}

/**
 * Events per second through one connection with 100 subscriptions: each publication frame is an
 * `activity` to the connection plus a `position` to one subscription (2 events). Median of rounds;
 * round 0 warms the JIT and is not counted.
 */
export function measureThroughput(
  kind: 'codestate' | 'bare',
  liveness: boolean,
  frames = 50_000,
  rounds = 5,
): number {
  const { connection, subs } = session(kind, liveness, 100);
  const rates: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < frames; i++) {
      connection.send({ type: 'activity' });
      subs[i % subs.length]!.send({ type: 'position', position: i });
    }
    const seconds = (performance.now() - start) / 1000;
    if (round > 0) rates.push((frames * 2) / seconds);
  }
  // Stop everything: a live connection's watchdog and reconnect timers would keep the process alive.
  connection.stop();
  for (const sub of subs) sub.stop();
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}
