import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { commandKind } from './commandKind.ts';
import type { CommandKind, PeerAnswer, PeerScript, ReceivedCommand } from './PeerScript.ts';
import { runSteps } from './runSteps.ts';

/** One client connection as the peer saw it. */
export interface PeerConnection {
  readonly index: number;
  readonly scriptId: string;
  readonly script: PeerScript;
  readonly commands: ReceivedCommand[];
  /** Pings sent and not answered yet. */
  pendingPings: number;
  /** Whether the connect answer negotiated `pong: true`. */
  pong: boolean;
  readonly socket: WebSocket;
  /** Resolves when the socket closed, with the code the peer saw. */
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Resolves when this many commands of a kind arrived. */
  waitFor(kind: CommandKind, count?: number): Promise<void>;
}

/** Options of {@link startCentrifugoPeer}. */
export interface PeerOptions {
  /** Script for connections whose script queue is empty. Default: accept connect, answer everything. */
  fallback?: PeerScript;
}

/** A running scripted peer. */
export interface CentrifugoPeer {
  /** `ws://127.0.0.1:<port>/connection/websocket`. */
  readonly url: string;
  readonly port: number;
  /** The URL whose connections take scripts from `scriptId`'s queue. */
  urlFor(scriptId: string): string;
  /** Queues scripts for the next connections that use `urlFor(scriptId)` (or `url` for `default`). */
  queue(scriptId: string, scripts: readonly PeerScript[]): void;
  /** Every connection so far, in order of arrival. */
  readonly connections: PeerConnection[];
  /** The connections that used `scriptId`. */
  connectionsOf(scriptId: string): PeerConnection[];
  /** Resolves when `count` connections of `scriptId` arrived. */
  waitForConnections(count: number, scriptId?: string): Promise<void>;
  /** Drops what the peer remembers about a script id (long runs with thousands of ids). */
  forget(scriptId: string): void;
  /** Stops the server and drops every client. */
  close(): Promise<void>;
}

const DEFAULT_RESULTS: Record<string, Record<string, unknown>> = {
  subscribe: {},
  unsubscribe: {},
  publish: {},
  history: { publications: [], epoch: 'E', offset: 0 },
  presence: { presence: {} },
  presence_stats: { num_clients: 0, num_users: 0 },
  refresh: { client: 'peer-client', version: '6.9.1' },
  sub_refresh: {},
};

function answerFor(conn: PeerConnection, kind: CommandKind, body: Record<string, unknown>): PeerAnswer {
  const script = conn.script;
  if (kind === 'connect') {
    const answer = script.connect ?? { result: {} };
    return 'result' in answer
      ? { result: { client: `c${conn.index}`, version: '6.9.1', ...answer.result } }
      : answer;
  }
  if (kind === 'subscribe') {
    const channel = String(body.channel ?? '');
    const answer = script.subscribe?.[channel] ?? script.subscribe?.['*'] ?? { result: {} };
    if (!Array.isArray(answer)) return answer as PeerAnswer;
    // This command is already recorded: the channel's nth subscribe on this connection gets answer n.
    const nth = conn.commands.filter((c) => c.kind === 'subscribe' && c.body.channel === channel).length - 1;
    return answer[Math.min(nth, answer.length - 1)] ?? { result: {} };
  }
  if (kind === 'rpc') return script.answers?.rpc ?? { result: { data: body.data } };
  return script.answers?.[kind] ?? { result: DEFAULT_RESULTS[kind] ?? {} };
}

/**
 * Starts a scripted Centrifugo peer on 127.0.0.1 (random port) over a real `ws` server. It writes
 * exactly the frames Centrifugo writes (spec §2b, §7): replies batched per inbound message, plain
 * close reasons, pings `{}` and 3501 for a pong nobody asked for.
 */
export async function startCentrifugoPeer(options: PeerOptions = {}): Promise<CentrifugoPeer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const queues = new Map<string, PeerScript[]>();
  const connections: PeerConnection[] = [];
  const byScript = new Map<string, PeerConnection[]>();
  // Waiters per script id, so thousands of scripted clients do not wake each other up.
  const arrivals = new Map<string, Array<() => void>>();

  server.on('connection', (socket, request) => {
    const scriptId = new URL(request.url ?? '/', 'http://x').searchParams.get('script') ?? 'default';
    const script = queues.get(scriptId)?.shift() ?? options.fallback ?? {};
    const waiters: Array<() => void> = [];
    let resolveClosed: (value: { code: number; reason: string }) => void = () => {};
    const conn: PeerConnection = {
      index: connections.length,
      scriptId,
      script,
      commands: [],
      pendingPings: 0,
      pong: false,
      socket,
      closed: new Promise((resolve) => {
        resolveClosed = resolve;
      }),
      waitFor(kind, count = 1) {
        return new Promise((resolve) => {
          const check = () => {
            if (conn.commands.filter((c) => c.kind === kind).length >= count) resolve();
            else waiters.push(check);
          };
          check();
        });
      },
    };
    connections.push(conn);
    const same = byScript.get(scriptId) ?? [];
    same.push(conn);
    byScript.set(scriptId, same);
    for (const key of [scriptId, '*']) {
      const waiting = arrivals.get(key) ?? [];
      arrivals.delete(key);
      for (const wake of waiting) wake();
    }
    socket.on('close', (code, reason) => resolveClosed({ code, reason: reason.toString() }));
    socket.on('error', () => {});
    let messages = 0;
    socket.on('message', (data) => {
      const message = messages++;
      const replies: string[] = [];
      let sawConnect = false;
      for (const line of data.toString().split('\n')) {
        if (line.trim() === '') continue;
        let command: Record<string, unknown>;
        try {
          command = JSON.parse(line) as Record<string, unknown>;
        } catch {
          socket.close(3501, 'bad request');
          return;
        }
        const { kind, body } = commandKind(command);
        const id = typeof command.id === 'number' ? command.id : 0;
        conn.commands.push({ kind, id, body, message });
        if (kind === 'pong') {
          // Centrifugo disconnects on a pong without a pending ping (spec §6).
          if (conn.pendingPings === 0) return void socket.close(3501, 'bad request');
          conn.pendingPings--;
          continue;
        }
        if (kind === 'send' || kind === 'unknown') continue;
        const answer = answerFor(conn, kind, body);
        if (kind === 'connect') sawConnect = true;
        if ('ignore' in answer) continue;
        if ('error' in answer) replies.push(JSON.stringify({ id, error: answer.error }));
        else replies.push(JSON.stringify({ id, [kind]: answer.result }));
        if (kind === 'connect' && 'result' in answer) conn.pong = answer.result.pong === true;
      }
      if (replies.length > 0) socket.send(replies.join('\n'));
      for (const wake of waiters.splice(0)) wake();
      // Steps start once the connect command was handled, whatever the answer.
      if (sawConnect) void runSteps(conn, script.steps ?? []);
    });
  });

  return {
    url: `ws://127.0.0.1:${port}/connection/websocket`,
    port,
    urlFor: (scriptId) =>
      `ws://127.0.0.1:${port}/connection/websocket?script=${encodeURIComponent(scriptId)}`,
    queue(scriptId, scripts) {
      queues.set(scriptId, [...(queues.get(scriptId) ?? []), ...scripts]);
    },
    connections,
    connectionsOf: (scriptId) => [...(byScript.get(scriptId) ?? [])],
    waitForConnections(count, scriptId) {
      const key = scriptId ?? '*';
      return new Promise((resolve) => {
        const check = () => {
          const n = scriptId === undefined ? connections.length : (byScript.get(scriptId)?.length ?? 0);
          if (n >= count) resolve();
          else arrivals.set(key, [...(arrivals.get(key) ?? []), check]);
        };
        check();
      });
    },
    forget(scriptId) {
      byScript.delete(scriptId);
      arrivals.delete(scriptId);
      queues.delete(scriptId);
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
