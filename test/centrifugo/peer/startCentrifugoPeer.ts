import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { answerCommands, PEER_NODE } from './answerCommands.ts';
import type { CommandKind, PeerScript, ReceivedCommand } from './PeerScript.ts';
import { type PeerChannel, type PeerTransport, streamChannel, webSocketChannel } from './peerChannels.ts';
import { runSteps } from './runSteps.ts';

export type { PeerChannel, PeerTransport } from './peerChannels.ts';

/** One client connection as the peer saw it. */
export interface PeerConnection {
  readonly index: number;
  readonly scriptId: string;
  readonly script: PeerScript;
  readonly commands: ReceivedCommand[];
  /** Where frames go (WebSocket, HTTP stream or SSE). */
  readonly channel: PeerChannel;
  /** The emulation session id given in the connect reply (HTTP stream and SSE). */
  readonly session: string;
  /** Inbound messages so far (WebSocket messages; the connect request and emulation POSTs). */
  messages: number;
  /** Pings sent and not answered yet. */
  pendingPings: number;
  /** Whether the connect answer negotiated `pong: true`. */
  pong: boolean;
  /** The WebSocket, for WebSocket connections. */
  readonly socket: WebSocket | undefined;
  /** Resolves when the connection ended, with the close code the peer saw (0 for a stream). */
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
  /** The URL whose connections take scripts from `scriptId`'s queue (WebSocket by default). */
  urlFor(scriptId: string, transport?: PeerTransport): string;
  /** `http://127.0.0.1:<port>/emulation`: where HTTP-stream and SSE clients post commands. */
  readonly emulationUrl: string;
  /** Answers the opening request of `transport` with this HTTP status (undefined: serve it again). */
  reject(transport: PeerTransport, status: number | undefined): void;
  /** Emulation POSTs answered so far, by status. */
  readonly emulationStatuses: number[];
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

const PATHS: Record<PeerTransport, string> = {
  websocket: '/connection/websocket',
  http_stream: '/connection/http_stream',
  sse: '/connection/sse',
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString()));
    request.on('error', reject);
  });
}

/**
 * Starts a scripted Centrifugo peer on 127.0.0.1 (random port): a real `ws` server and, on the
 * same port, Centrifugo's HTTP-streaming (`POST /connection/http_stream`, newline-delimited JSON
 * back) and SSE (`GET /connection/sse?cf_connect=...`) transports with the bidirectional
 * emulation endpoint (`POST /emulation` with `{session, node, data}`). It writes exactly the frames
 * Centrifugo writes (spec §2b, §7): replies batched per inbound message, plain close reasons (a
 * disconnect push before the end of a stream), pings `{}` and 3501 for a pong nobody asked for.
 */
export async function startCentrifugoPeer(options: PeerOptions = {}): Promise<CentrifugoPeer> {
  const server = createServer();
  const wss = new WebSocketServer({ noServer: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const queues = new Map<string, PeerScript[]>();
  const connections: PeerConnection[] = [];
  const byScript = new Map<string, PeerConnection[]>();
  const bySession = new Map<string, PeerConnection>();
  const rejected = new Map<PeerTransport, number>();
  const emulationStatuses: number[] = [];
  /** How each connection handles an inbound message (emulation POSTs look it up by session). */
  const handlers = new WeakMap<PeerConnection, (text: string) => void>();
  // Waiters per script id, so thousands of scripted clients do not wake each other up.
  const arrivals = new Map<string, Array<() => void>>();

  const accept = (url: string, makeChannel: (conn: PeerConnection) => PeerChannel, socket?: WebSocket) => {
    const scriptId = new URL(url, 'http://x').searchParams.get('script') ?? 'default';
    const script = queues.get(scriptId)?.shift() ?? options.fallback ?? {};
    const waiters: Array<() => void> = [];
    let resolveClosed: (value: { code: number; reason: string }) => void = () => {};
    const conn: PeerConnection = {
      index: connections.length,
      scriptId,
      script,
      commands: [],
      channel: undefined as unknown as PeerChannel,
      session: `s${connections.length}`,
      messages: 0,
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
    (conn as { channel: PeerChannel }).channel = makeChannel(conn);
    connections.push(conn);
    bySession.set(conn.session, conn);
    const same = byScript.get(scriptId) ?? [];
    same.push(conn);
    byScript.set(scriptId, same);
    for (const key of [scriptId, '*']) {
      const waiting = arrivals.get(key) ?? [];
      arrivals.delete(key);
      for (const wake of waiting) wake();
    }
    const onMessage = (text: string) => {
      const sawConnect = answerCommands(conn, text);
      for (const wake of waiters.splice(0)) wake();
      // Steps start once the connect command was handled, whatever the answer.
      if (sawConnect) void runSteps(conn, script.steps ?? []);
    };
    handlers.set(conn, onMessage);
    const ended = (code: number, reason: string) => {
      bySession.delete(conn.session);
      resolveClosed({ code, reason });
    };
    return { conn, onMessage, ended };
  };

  server.on('upgrade', (request, socket, head) => {
    const status = rejected.get('websocket');
    if (status !== undefined) {
      socket.end(`HTTP/1.1 ${status} Rejected\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const { onMessage, ended } = accept(request.url ?? '/', () => webSocketChannel(ws), ws);
      ws.on('close', (code, reason) => ended(code, reason.toString()));
      ws.on('error', () => {});
      ws.on('message', (data) => onMessage(data.toString()));
    });
  });

  const openStream = (
    transport: 'http_stream' | 'sse',
    request: IncomingMessage,
    response: ServerResponse,
    connect: string,
  ) => {
    const status = rejected.get(transport);
    if (status !== undefined) return void response.writeHead(status).end();
    response.writeHead(200, {
      'Content-Type': transport === 'sse' ? 'text/event-stream' : 'application/json',
      'Cache-Control': 'no-cache',
    });
    response.flushHeaders();
    const { onMessage, ended } = accept(request.url ?? '/', () => streamChannel(transport, response));
    response.on('close', () => ended(0, 'stream closed'));
    onMessage(connect);
  };

  const emulate = (response: ServerResponse, body: string) => {
    let request: { session?: unknown; node?: unknown; data?: unknown };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      request = {};
    }
    const answer = (status: number) => {
      emulationStatuses.push(status);
      response.writeHead(status).end();
    };
    if (typeof request.data !== 'string' || typeof request.session !== 'string') return answer(400);
    if (request.node !== PEER_NODE) return answer(404);
    const conn = bySession.get(request.session);
    // A session gone from a running node: 204, its stream has ended.
    if (!conn?.channel.isOpen()) return answer(204);
    answer(200);
    handlers.get(conn as PeerConnection)?.(request.data);
  };
  server.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    response.on('error', () => {});
    // Pages on another origin (the browser tests) may use the HTTP transports, as Centrifugo's
    // allowed_origins permits; credentials are not needed (centrifuge-js sends same-origin only).
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Allow-Methods': 'POST, GET',
      });
      return void response.end();
    }
    if (request.method === 'GET' && url.pathname === PATHS.sse) {
      return openStream('sse', request, response, url.searchParams.get('cf_connect') ?? '');
    }
    if (request.method !== 'POST') return void response.writeHead(405).end();
    void readBody(request).then(
      (body) => {
        if (url.pathname === PATHS.http_stream) openStream('http_stream', request, response, body);
        else if (url.pathname === '/emulation') emulate(response, body);
        else response.writeHead(404).end();
      },
      () => response.destroy(),
    );
  });

  return {
    url: `ws://127.0.0.1:${port}${PATHS.websocket}`,
    port,
    urlFor: (scriptId, transport = 'websocket') =>
      `${transport === 'websocket' ? 'ws' : 'http'}://127.0.0.1:${port}${PATHS[transport]}?script=${encodeURIComponent(scriptId)}`,
    emulationUrl: `http://127.0.0.1:${port}/emulation`,
    reject(transport, status) {
      if (status === undefined) rejected.delete(transport);
      else rejected.set(transport, status);
    },
    emulationStatuses,
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
      for (const client of wss.clients) client.terminate();
      for (const conn of connections) if (conn.channel.transport !== 'websocket') conn.channel.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
