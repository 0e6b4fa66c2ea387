/**
 * One run of the side-by-side bench (bench/side-by-side.bench.ts starts one fresh process per run):
 * measures one figure for one client and prints one JSON line, `{client, figure, count, value,
 * unit, extra}`.
 *
 * `node --expose-gc --import tsx bench/support/sideBySideWorker.ts --client codestate|official
 *   --figure <id> [--count 10000]`
 *
 * Figures (ids as in the orchestrator's table):
 * - `heap-centrifugo`: heap bytes per idle subscribed subscription (scripted peer in another process).
 * - `heap-centrifugo-listeners`: the same with one `status` listener per subscription (codestate).
 * - `heap-nats`: heap bytes per subscription against a real nats-server.
 * - `resubscribe-server`: the peer closes the socket with 3001; ms until the peer has received every
 *   subscribe on the new socket (the peer's clock).
 * - `resubscribe-app`: the same drop; ms from the app seeing the drop to every subscription's
 *   `subscribed` event (the client's clock).
 * - `subscribe`: subscribe `count` channels on a connected client; ms until every one reported
 *   `subscribed`. `subscribe-batched`: centrifuge-js inside `startBatching()`/`stopBatching()`.
 * - `nats-subscribe-flush`: subscribe `count` subjects, then one flush round trip; ms.
 *
 * Only public API: `createCentrifugoSession`/`createNatsSession`, `subscribe`, `state`, `on`,
 * `connect`, `flush`, `stop`. codestate is measured as an esbuild bundle of its entry points.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { connect as natsConnect } from '@nats-io/transport-node';
import { Centrifuge, type Subscription } from 'centrifuge';
import { WebSocket } from 'ws';
import { startNatsServer, stopAllNatsServers } from '../../test/nats/harness/natsServer.ts';
import { importBundled } from './bundleEntry.ts';
import { codestateCentrifugo, officialCentrifugo } from './centrifugoContenders.ts';
import { type Contender, heapPerSubscription, until } from './measureHeap.ts';
import { codestateNats, officialNats } from './natsContenders.ts';
import { type BenchPeer, startBenchPeer } from './startBenchPeer.ts';

type Client = 'codestate' | 'official';
/** A figure measured in one run. */
interface Result {
  value: number;
  unit: 'B' | 'ms';
  extra?: Record<string, number | string>;
}

/** The longest one run may take; a stuck run fails instead of hanging the bench. */
const RUN_LIMIT_MS = 240_000;
const STEP_LIMIT_MS = 120_000;

const { values } = parseArgs({
  options: {
    client: { type: 'string' },
    figure: { type: 'string' },
    count: { type: 'string', default: '10000' },
  },
});
const client = values.client as Client;
const figure = values.figure ?? '';
const count = Number(values.count);
if (client !== 'codestate' && client !== 'official') throw new Error('--client codestate|official');
if (!Number.isInteger(count) || count <= 0) throw new Error('--count must be a positive integer');

/** Things to stop when the run ends, newest first. */
const cleanups: Array<() => unknown> = [];

/** Stops everything this run started (peer process, nats-server, clients), then exits. */
async function finish(code: number): Promise<never> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch {
      // Best effort: the process exits next.
    }
  }
  process.exit(code);
}

const watchdog = setTimeout(() => {
  process.stderr.write(`side-by-side worker: ${client} ${figure} did not finish in ${RUN_LIMIT_MS} ms\n`);
  void finish(2);
}, RUN_LIMIT_MS);
watchdog.unref();
process.once('SIGTERM', () => void finish(143));

const codestateCentrifugoModule = () =>
  importBundled<typeof import('../../src/protocols/centrifugo/index.ts')>(
    'src/protocols/centrifugo/index.ts',
  );
const codestateNatsModule = () =>
  importBundled<typeof import('../../src/protocols/nats/index.ts')>('src/protocols/nats/index.ts');

/**
 * Counts `count` items reaching a state: `down(i)` marks item i as having left it (only those
 * count), `up(i)` counts it once. `done` resolves with the time of the last one.
 */
function tally(n: number, needDown: boolean) {
  const down = new Uint8Array(n);
  const up = new Uint8Array(n);
  let left = n;
  let resolve: (t: number) => void = () => {};
  const done = new Promise<number>((r) => {
    resolve = r;
  });
  return {
    down(i: number) {
      down[i] = 1;
    },
    up(i: number) {
      if (up[i] || (needDown && !down[i])) return;
      up[i] = 1;
      if (--left === 0) resolve(performance.now());
    },
    done: bounded(done, `${n} subscriptions subscribed`),
  };
}

/**
 * Full collections before a timed step, so the garbage of the setup (10,000 subscribes) is not
 * collected, or not, inside the timed part depending on where the heap's schedule happens to be.
 */
function settleHeap(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc.');
  for (let i = 0; i < 2; i++) gc();
}

/** Rejects when `promise` has not settled within STEP_LIMIT_MS. */
function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}.`)), STEP_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function heap(make: (url: string) => Promise<Contender>, server: 'peer' | 'nats'): Promise<Result> {
  let url: string;
  if (server === 'peer') {
    const peer = await startBenchPeer();
    cleanups.push(() => peer.close());
    url = peer.url;
  } else {
    const nats = await startNatsServer();
    cleanups.push(() => stopAllNatsServers());
    url = nats.url;
  }
  const contender = await make(url);
  cleanups.push(() => contender.close());
  return { value: await heapPerSubscription(contender, count), unit: 'B' };
}

/** A connected Centrifugo client with `count` subscribed channels, for the reconnect figures. */
interface Subscribed {
  /** Arms the app-side clock: resolves with ms from the drop the app saw to every `subscribed`. */
  watchResubscribe(): Promise<{ ms: number; extra: Record<string, number> }>;
}

/** Both clients reconnect without a backoff wait, so the figures are the clients' work. */
const NO_BACKOFF = { minReconnectDelay: 0, maxReconnectDelay: 0 };

async function codestateSubscribed(url: string): Promise<Subscribed> {
  const { createCentrifugoSession } = await codestateCentrifugoModule();
  const session = createCentrifugoSession({ url, WebSocket, ...NO_BACKOFF });
  cleanups.push(() => session.stop());
  session.connect();
  const subs = Array.from({ length: count }, (_, i) => session.subscribe(`channel-${i}`));
  await until(() => subs.every((sub) => sub.state === 'subscribed'), 'codestate subscribed', STEP_LIMIT_MS);
  return {
    watchResubscribe() {
      const counted = tally(count, true);
      let dropAt: number | undefined;
      let connectingAt: number | undefined;
      session.on('status', (status) => {
        if (dropAt === undefined && status.state !== 'connected') dropAt = performance.now();
        if (dropAt !== undefined && connectingAt === undefined && status.state === 'connecting')
          connectingAt = performance.now();
      });
      for (const [i, sub] of subs.entries()) {
        sub.on('status', (status) => {
          if (dropAt === undefined) return;
          if (status.state === 'subscribed') counted.up(i);
          else counted.down(i);
        });
      }
      return counted.done.then((t) => ({
        ms: t - (dropAt ?? t),
        extra: { fromConnectingMs: t - (connectingAt ?? dropAt ?? t) },
      }));
    },
  };
}

async function officialSubscribed(url: string): Promise<Subscribed> {
  const centrifuge = new Centrifuge(url, { websocket: WebSocket, ...NO_BACKOFF });
  cleanups.push(() => centrifuge.disconnect());
  centrifuge.connect();
  const subs = Array.from({ length: count }, (_, i) => {
    const sub = centrifuge.newSubscription(`channel-${i}`);
    sub.subscribe();
    return sub;
  });
  await until(() => subs.every((sub) => sub.state === 'subscribed'), 'centrifuge subscribed', STEP_LIMIT_MS);
  return {
    watchResubscribe() {
      const counted = tally(count, true);
      let dropAt: number | undefined;
      // 'state' (to connecting) comes first; centrifuge-js moves its subscriptions to subscribing
      // before it emits 'connecting'.
      centrifuge.on('state', (ctx) => {
        if (ctx.newState === 'connecting') dropAt ??= performance.now();
      });
      subs.forEach((sub, i) => {
        sub.on('subscribing', () => {
          if (dropAt !== undefined) counted.down(i);
        });
        sub.on('subscribed', () => {
          if (dropAt !== undefined) counted.up(i);
        });
      });
      return counted.done.then((t) => ({ ms: t - (dropAt ?? t), extra: {} }));
    },
  };
}

async function resubscribe(asApp: boolean): Promise<Result> {
  const peer: BenchPeer = await startBenchPeer();
  cleanups.push(() => peer.close());
  const subscribed = await (client === 'codestate' ? codestateSubscribed : officialSubscribed)(peer.url);
  const app = asApp ? subscribed.watchResubscribe() : undefined;
  settleHeap();
  const server = await peer.closeAndCountResubscribes(3001, count, STEP_LIMIT_MS);
  if (app === undefined) {
    const { resubscribed, messages, newConnectionMs, firstSubscribeMs } = server;
    return {
      value: resubscribed,
      unit: 'ms',
      extra: { newConnectionMs, firstSubscribeMs, subscribeMessages: messages },
    };
  }
  const seen = await app;
  return { value: seen.ms, unit: 'ms', extra: { ...seen.extra, serverMs: server.resubscribed } };
}

async function subscribeAll(batched: boolean): Promise<Result> {
  const peer = await startBenchPeer();
  cleanups.push(() => peer.close());
  const counted = tally(count, false);
  let t0: number;
  if (client === 'codestate') {
    if (batched) throw new Error('subscribe-batched is a centrifuge-js figure');
    const { createCentrifugoSession } = await codestateCentrifugoModule();
    const session = createCentrifugoSession({ url: peer.url, WebSocket });
    cleanups.push(() => session.stop());
    await new Promise<void>((resolve) => {
      session.on('status', (status) => status.state === 'connected' && resolve());
      session.connect();
    });
    settleHeap();
    t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const sub = session.subscribe(`channel-${i}`);
      sub.on('status', (status) => status.state === 'subscribed' && counted.up(i));
    }
  } else {
    const centrifuge = new Centrifuge(peer.url, { websocket: WebSocket });
    cleanups.push(() => centrifuge.disconnect());
    await new Promise<void>((resolve) => {
      centrifuge.on('connected', () => resolve());
      centrifuge.connect();
    });
    settleHeap();
    t0 = performance.now();
    if (batched) centrifuge.startBatching();
    for (let i = 0; i < count; i++) {
      const sub: Subscription = centrifuge.newSubscription(`channel-${i}`);
      sub.on('subscribed', () => counted.up(i));
      sub.subscribe();
    }
    if (batched) centrifuge.stopBatching();
  }
  return { value: (await counted.done) - t0, unit: 'ms' };
}

async function natsSubscribeFlush(): Promise<Result> {
  const server = await startNatsServer();
  cleanups.push(() => stopAllNatsServers());
  if (client === 'official') {
    const nc = await natsConnect({ servers: server.url });
    cleanups.push(() => nc.close());
    settleHeap();
    const t0 = performance.now();
    for (let i = 0; i < count; i++) nc.subscribe(`subject.${i}`, { callback: () => {} });
    await bounded(nc.flush(), 'nats.js flush');
    return { value: performance.now() - t0, unit: 'ms' };
  }
  const { createNatsSession } = await codestateNatsModule();
  const session = createNatsSession({ servers: server.url });
  cleanups.push(() => session.stop());
  await new Promise<void>((resolve) => {
    session.on('status', (status) => status.state === 'connected' && resolve());
    session.connect();
  });
  settleHeap();
  const t0 = performance.now();
  const subs = Array.from({ length: count }, (_, i) => {
    const sub = session.subscribe(`subject.${i}`);
    sub.on('message', () => {});
    return sub;
  });
  // Every SUB is written synchronously by subscribe() on a connected session, so the flush's PONG
  // proves the server has them all. The handles turn 'subscribed' when their own flush resolves,
  // which may come later: that time is reported beside the figure.
  const flushed = await bounded(session.flush(), 'codestate flush');
  const value = performance.now() - t0;
  const notSubscribed = await bounded(allSubscribed(subs), 'codestate NATS handles subscribed');
  return {
    value,
    unit: 'ms',
    extra: {
      flushed: String(flushed),
      notSubscribedAtFlush: notSubscribed,
      allSubscribedMs: performance.now() - t0,
    },
  };
}

/**
 * Resolves once every handle is 'subscribed', looking once per event-loop turn (a cursor, so each
 * `state` is read about once), with how many were not yet at the first look.
 */
function allSubscribed(subs: ReadonlyArray<{ readonly state: string }>): Promise<number> {
  let i = 0;
  let notYet: number | undefined;
  return new Promise((resolve) => {
    const look = () => {
      while (i < subs.length && subs[i]?.state === 'subscribed') i++;
      notYet ??= subs.length - i;
      if (i === subs.length) resolve(notYet);
      else setImmediate(look);
    };
    look();
  });
}

async function measure(): Promise<Result> {
  switch (figure) {
    case 'heap-centrifugo':
    case 'heap-centrifugo-listeners': {
      const statusListeners = figure === 'heap-centrifugo-listeners';
      if (client === 'official') {
        if (statusListeners) throw new Error(`${figure} is a codestate figure`);
        return heap(async (url) => officialCentrifugo(url), 'peer');
      }
      const { createCentrifugoSession } = await codestateCentrifugoModule();
      return heap(
        async (url) => codestateCentrifugo(createCentrifugoSession, url, { statusListeners }),
        'peer',
      );
    }
    case 'heap-nats': {
      if (client === 'official') return heap(async (url) => officialNats(url), 'nats');
      const { createNatsSession } = await codestateNatsModule();
      return heap(async (url) => codestateNats(createNatsSession, url), 'nats');
    }
    case 'resubscribe-server':
      return resubscribe(false);
    case 'resubscribe-app':
      return resubscribe(true);
    case 'subscribe':
      return subscribeAll(false);
    case 'subscribe-batched':
      return subscribeAll(true);
    case 'nats-subscribe-flush':
      return natsSubscribeFlush();
    default:
      throw new Error(`Unknown --figure ${figure}`);
  }
}

try {
  const result = await measure();
  process.stdout.write(`${JSON.stringify({ client, figure, count, ...result })}\n`);
  await finish(0);
} catch (error) {
  process.stderr.write(`side-by-side worker ${client} ${figure}: ${String(error)}\n`);
  await finish(1);
}
