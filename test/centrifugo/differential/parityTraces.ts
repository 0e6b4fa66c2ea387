import { Centrifuge } from 'centrifuge';
import { WebSocket } from 'ws';
import { fixedBackoff } from '../../../src/machines/index.ts';
import { fossilDelta } from '../../../src/protocols/centrifugo/fossil/index.ts';
import { createCentrifugoSession } from '../../../src/protocols/centrifugo/index.ts';
import { until } from '../../support/until.ts';
import type { CentrifugoPeer, PeerScript } from '../peer/index.ts';

/** The calls both clients share by name and arguments (`Centrifuge` and a codestate session). */
export interface CommonCalls {
  presence(channel: string): Promise<unknown>;
  presenceStats(channel: string): Promise<unknown>;
  history(channel: string, options?: { limit?: number }): Promise<unknown>;
  publish(channel: string, data: unknown): Promise<unknown>;
  startBatching(): void;
  stopBatching(): void;
}

/** One parity feature run by both clients with the same options, against the same script. */
export interface ParityCase {
  name: string;
  scripts: PeerScript[];
  /** Client options both take alike (data, getData, headers, ...). */
  client?: Record<string, unknown>;
  /** A subscription to `ch` with these options (both spell them alike). */
  subscription?: Record<string, unknown>;
  /** Runs once `ch` is subscribed (`ready()` of each); its value is compared. */
  act?: (client: CommonCalls) => Promise<unknown>;
  /** The trace is complete once this many publications arrived (default 0). */
  publications?: number;
}

/** What the app saw and what the server received, in a form both clients produce. */
export interface ParityTrace {
  states: string[];
  publications: unknown[];
  joins: unknown[];
  result: unknown;
  /** Per connection: each command's kind and body, without ids. */
  commands: unknown[][];
}

/** codestate's connection states as centrifuge-js names them. */
const CONNECTION_STATE: Record<string, string> = {
  idle: 'disconnected',
  closed: 'disconnected',
  connecting: 'connecting',
  reconnecting: 'connecting',
  connected: 'connected',
};

/** Adds a state change: one line per change of the client's or the subscription's state (not per status). */
function pushState(states: string[], line: string): void {
  const who = line.split(' ')[0];
  const last = [...states].reverse().find((s) => s.startsWith(`${who} `));
  if (last !== line) states.push(line);
}

const publicationLine = (p: Record<string, unknown>) => ({
  data: p.data,
  offset: p.offset,
  tags: p.tags,
  info: p.info,
});

async function play(
  peer: CentrifugoPeer,
  testCase: ParityCase,
  id: string,
  start: (
    url: string,
    trace: ParityTrace,
  ) => { ready: () => Promise<void>; calls: CommonCalls; stop: () => void },
): Promise<ParityTrace> {
  peer.queue(id, testCase.scripts);
  const trace: ParityTrace = { states: [], publications: [], joins: [], result: undefined, commands: [] };
  const client = start(peer.urlFor(id), trace);
  try {
    await client.ready();
    if (testCase.act) trace.result = await testCase.act(client.calls);
    const wanted = testCase.publications ?? 0;
    await until(() => trace.publications.length >= wanted, `${id}: ${wanted} publications`, 8000);
  } finally {
    // What happened up to here is compared; stopping is each client's own business.
    const seen = { ...trace, states: [...trace.states], publications: [...trace.publications] };
    client.stop();
    Object.assign(trace, seen);
  }
  trace.commands = peer
    .connectionsOf(id)
    .map((conn) => conn.commands.filter((c) => c.kind !== 'pong').map((c) => ({ [c.kind]: c.body })));
  peer.forget(id);
  return trace;
}

/** centrifuge-js 5.8.0 through one parity case. */
export const parityOfficial = (peer: CentrifugoPeer, testCase: ParityCase) =>
  play(peer, testCase, `${testCase.name}-js`, (url, trace) => {
    const client = new Centrifuge(url, {
      websocket: WebSocket,
      minReconnectDelay: 10,
      maxReconnectDelay: 20,
      ...testCase.client,
    });
    client.on('state', (ctx) => pushState(trace.states, `client ${ctx.newState}`));
    const sub = testCase.subscription ? client.newSubscription('ch', testCase.subscription) : undefined;
    sub?.on('state', (ctx) => pushState(trace.states, `ch ${ctx.newState}`));
    sub?.on('publication', (p) => trace.publications.push(publicationLine(p as never)));
    sub?.on('join', (j) => trace.joins.push(j.info));
    sub?.subscribe();
    client.connect();
    return {
      ready: () => (sub ? sub.ready(8000) : client.ready(8000)),
      calls: client as unknown as CommonCalls,
      stop: () => {
        client.removeAllListeners();
        client.disconnect();
      },
    };
  });

/** codestate through one parity case. */
export const parityCodestate = (peer: CentrifugoPeer, testCase: ParityCase) =>
  play(peer, testCase, `${testCase.name}-cs`, (url, trace) => {
    const session = createCentrifugoSession({
      url,
      WebSocket,
      backoff: fixedBackoff(10),
      fossilDelta,
      ...testCase.client,
    });
    session.on('status', (s) => pushState(trace.states, `client ${CONNECTION_STATE[s.state]}`));
    const sub = testCase.subscription ? session.subscribe('ch', testCase.subscription) : undefined;
    // subscribe() already moved it to `subscribing` (centrifuge-js emits that on sub.subscribe()).
    if (sub) pushState(trace.states, `ch ${sub.state}`);
    sub?.on('status', (s) => pushState(trace.states, `ch ${s.state}`));
    sub?.on('publication', (p) => trace.publications.push(publicationLine(p as never)));
    sub?.on('join', (j) => trace.joins.push(j.info));
    session.connect();
    return {
      ready: () => (sub ? sub.ready(8000) : session.ready(8000)),
      calls: session as unknown as CommonCalls,
      stop: () => session.stop(),
    };
  });
