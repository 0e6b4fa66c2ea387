import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TlsOptions } from 'node:tls';
import {
  FrameSplitter,
  type RawFrame,
  type RequestKind,
  requestKindOf,
} from '../../../src/frames/celeriant/index.ts';
import { decodeBody, errorFrame, garbageFrame } from './peerFrames.ts';
import { okFrame } from './peerResponses.ts';
import {
  type NodeRef,
  type NodeScript,
  type Step,
  serverClosesAfter,
  type WatchScript,
} from './peerScript.ts';
import type { PeerStore } from './peerStore.ts';
import { playWatch } from './peerWatchStream.ts';

/** One request the node received, for assertions. */
export interface PeerLogEntry {
  node: string;
  connection: number;
  kind: RequestKind | 'unknown';
  body: unknown;
  /** `performance.now()` when the request was read (for benchmarks). */
  at: number;
}

/**
 * One scripted Celeriant node on 127.0.0.1: reads frames one at a time per connection (no
 * multiplexing, spec §0.3), answers from its script and closes connections exactly where the
 * real server does (spec §1.9).
 */
export class CeleriantPeerNode {
  readonly log: PeerLogEntry[] = [];
  /** Bytes a client wrote on a watch socket after its watch request (must stay 0). */
  watchWrites = 0;
  /** Requests that arrived while the previous one on the same connection was unanswered (must stay 0). */
  pipelined = 0;
  connections = 0;
  private readonly sockets = new Set<Socket>();
  private watchIndex = 0;
  private currentWatch: WatchScript | undefined;
  private server: Server | undefined;
  address = '';

  constructor(
    readonly name: string,
    public script: NodeScript,
    private readonly store: PeerStore,
    private readonly resolve: (ref: NodeRef) => string,
  ) {}

  /** Starts listening on a random free port, speaking TLS when `tls` is given. */
  async start(tls?: TlsOptions): Promise<void> {
    this.server = tls
      ? createTlsServer({ ...tls, minVersion: 'TLSv1.3' }, (socket) => this.accept(socket))
      : createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const info = this.server.address();
    this.address = typeof info === 'object' && info ? `127.0.0.1:${info.port}` : '';
  }

  /** Drops every open connection (node crash without closing the port). */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** Stops the node and drops its connections. */
  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests of one kind, in arrival order. */
  requests(kind: RequestKind): PeerLogEntry[] {
    return this.log.filter((entry) => entry.kind === kind);
  }

  private accept(socket: Socket): void {
    const id = ++this.connections;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('error', () => {});
    socket.on('close', () => this.sockets.delete(socket));
    const splitter = new FrameSplitter(16 * 1024 * 1024);
    const queue: RawFrame[] = [];
    let first = true;
    let watching = false;
    let busy = false;
    const pump = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      while (queue.length > 0 && !socket.destroyed) {
        const frame = queue.shift() as RawFrame;
        const wasFirst = first;
        first = false;
        const kind = requestKindOf(frame.header.typeId);
        const body = decodeBody(frame.body);
        this.log.push({
          node: this.name,
          connection: id,
          kind: kind ?? 'unknown',
          body,
          at: performance.now(),
        });
        if (kind === undefined || (kind === 'identify' && !wasFirst)) {
          socket.destroy(); // unknown type or a late Identify: close, no error frame (§1.7, §1.9)
          break;
        }
        if (kind === 'watch') {
          const started = await this.watch(socket, body as unknown[]);
          if (started) {
            watching = true;
            queue.length = 0;
          }
          continue;
        }
        this.answer(socket, kind, body as unknown[], this.next(kind));
      }
      busy = false;
    };
    socket.on('data', (chunk) => {
      if (watching) {
        this.watchWrites += chunk.byteLength; // the real server reads this as "peer gone" (§1.9)
        socket.destroy();
        return;
      }
      const { frames, error } = splitter.push(chunk);
      if (error) {
        socket.destroy();
        return;
      }
      if (frames.length > 0 && (busy || queue.length > 0)) this.pipelined += frames.length;
      queue.push(...frames);
      void pump();
    });
  }

  private next(kind: RequestKind): Step | undefined {
    const queue = (this.script as unknown as Record<string, Step[] | undefined>)[kind];
    return queue?.shift();
  }

  private answer(socket: Socket, kind: RequestKind, body: unknown[], step: Step | undefined): void {
    const correlation = body?.[0] ?? null;
    const phase = kind === 'identify' ? 'identify' : 'request';
    const resolved = step ?? this.defaultStep(kind);
    switch (resolved.reply) {
      case 'eof':
        socket.destroy();
        return;
      case 'ignore':
        return;
      case 'garbage':
        socket.write(garbageFrame(resolved.what));
        return;
      case 'error':
        socket.write(errorFrame(correlation, resolved.code, resolved.details));
        if (serverClosesAfter(resolved.code, phase)) socket.end();
        return;
      case 'not-leader': {
        const details = resolved.leader ? { leader_address: this.resolve(resolved.leader) } : {};
        socket.write(errorFrame(correlation, resolved.code ?? 2011, details));
        return;
      }
      case 'ok':
        socket.write(okFrame(kind, body, this.store, this.script.readPageSize ?? 2));
    }
  }

  private defaultStep(kind: RequestKind): Step {
    const mutation = kind === 'write';
    if (mutation && this.script.role === 'follower') {
      return this.script.leader
        ? { reply: 'not-leader', leader: this.script.leader }
        : { reply: 'not-leader' };
    }
    return { reply: 'ok' };
  }

  /** Runs a watch stream; returns true when the socket became push-only. */
  private async watch(socket: Socket, body: unknown[]): Promise<boolean> {
    const scripts = this.script.watch ?? [{ probe: [{ ack: true }, { hold: true }] }];
    const shard = body?.[2];
    // Each probe (a watch without shard_id) takes the next script; per-shard watches use their probe's.
    if (typeof shard !== 'number')
      this.currentWatch = scripts[Math.min(this.watchIndex++, scripts.length - 1)];
    const script = this.currentWatch ?? scripts[0] ?? {};
    const steps =
      typeof shard === 'number'
        ? (script.shards?.[shard] ?? [{ ack: true }, { hold: true }])
        : (script.probe ?? []);
    const first = steps[0];
    if (first && 'error' in first && (first.error === 9001 || first.error === 9002)) {
      socket.write(errorFrame(body?.[0], first.error, first.details ?? {}));
      return false; // probe answer: the connection stays open for a per-shard watch (§3.2)
    }
    void playWatch(socket, steps);
    return true;
  }
}
