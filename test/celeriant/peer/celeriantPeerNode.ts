import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TlsOptions } from 'node:tls';
import {
  celeriantMapKey,
  createCeleriantDecoder,
  createCeleriantEncoder,
  encodeFrame,
  encodeHeader,
  FrameSplitter,
  type RawFrame,
  RESPONSE_TYPE,
  type RequestKind,
  requestKindOf,
} from '../../../src/frames/celeriant/index.ts';
import {
  type NodeRef,
  type NodeScript,
  type Step,
  serverClosesAfter,
  type WatchScript,
  type WatchStep,
} from './peerScript.ts';
import type { PeerStore } from './peerStore.ts';

/** One request the node received, for assertions. */
export interface PeerLogEntry {
  node: string;
  connection: number;
  kind: RequestKind | 'unknown';
  body: unknown;
  /** `performance.now()` when the request was read (for benchmarks). */
  at: number;
}

const encoder = createCeleriantEncoder();
const decoder = createCeleriantDecoder(16 * 1024 * 1024);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
        const body = safeDecode(frame.body);
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

  private send(socket: Socket, typeId: number, value: unknown): void {
    if (!socket.destroyed) socket.write(encodeFrame(encoder, typeId, value));
  }

  private sendError(socket: Socket, correlation: unknown, code: number, details: unknown): void {
    const message = typeof details === 'string' ? details : JSON.stringify(details ?? {});
    this.send(socket, RESPONSE_TYPE.error, [correlation ?? null, code, message]);
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
        socket.write(garbage(resolved.what));
        return;
      case 'error':
        this.sendError(socket, correlation, resolved.code, resolved.details);
        if (serverClosesAfter(resolved.code, phase)) socket.end();
        return;
      case 'not-leader': {
        const details = resolved.leader ? { leader_address: this.resolve(resolved.leader) } : {};
        this.sendError(socket, correlation, resolved.code ?? 2011, details);
        return;
      }
      case 'ok':
        this.ok(socket, kind, body, correlation);
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

  private ok(socket: Socket, kind: RequestKind, body: unknown[], correlation: unknown): void {
    switch (kind) {
      case 'identify':
        this.send(socket, RESPONSE_TYPE.identify, [correlation, new Uint8Array(16).fill(7), 1, null, null]);
        return;
      case 'write': {
        const [, clientId, userId, writes] = body as [
          unknown,
          Uint8Array,
          unknown,
          Record<string, unknown[]>,
        ];
        let version = 0;
        for (const [key, value] of Object.entries(writes)) {
          const [events, , , enforce] = value as [unknown[][], boolean, unknown, boolean];
          const result = this.store.append(key, clientId, userId, events, enforce);
          if ('code' in result) {
            this.sendError(socket, correlation, result.code, result.details);
            return;
          }
          version = result.version;
        }
        this.send(socket, RESPONSE_TYPE.write, [correlation, version]);
        return;
      }
      case 'read': {
        const [, org, type, aggregate, from, limit] = body as [
          unknown,
          unknown,
          unknown,
          unknown,
          number,
          number | null,
        ];
        const key = celeriantMapKey([org, type, aggregate]) as string;
        const size = Math.min(limit ?? Number.POSITIVE_INFINITY, this.script.readPageSize ?? 2);
        const page = this.store.page(key, Number(from), size);
        this.send(socket, RESPONSE_TYPE.read, [correlation, page.batches, page.next]);
        return;
      }
      case 'aggregateDetails': {
        const [, org, type, aggregate] = body as [unknown, unknown, unknown, unknown];
        const key = celeriantMapKey([org, type, aggregate]) as string;
        const count = this.store.batches.get(key)?.length ?? 0;
        if (count === 0) this.sendError(socket, correlation, 7001, {});
        else this.send(socket, RESPONSE_TYPE.aggregateDetails, [correlation, 1, count]);
        return;
      }
      default:
        this.send(socket, RESPONSE_TYPE.listOrgs, [correlation, []]);
    }
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
      this.sendError(socket, body?.[0], first.error, first.details ?? {});
      return false; // probe answer: the connection stays open for a per-shard watch (§3.2)
    }
    void this.stream(socket, [...steps]);
    return true;
  }

  private async stream(socket: Socket, steps: WatchStep[]): Promise<void> {
    for (const step of steps) {
      if (socket.destroyed) return;
      if ('ack' in step) this.send(socket, RESPONSE_TYPE.watch, [[]]);
      else if ('heartbeat' in step) {
        await sleep(step.heartbeat);
        this.send(socket, RESPONSE_TYPE.watch, [[]]);
      } else if ('event' in step) {
        const id = (n: bigint) => Uint8Array.from(Buffer.from(n.toString(16).padStart(32, '0'), 'hex'));
        const { aggregate, from, to } = step.event;
        this.send(socket, RESPONSE_TYPE.watch, [[[id(1n), id(2n), id(aggregate), 1, from, to, null]]]);
      } else if ('error' in step) {
        this.sendError(socket, null, step.error, step.details ?? { detail: 'scripted' });
        if (serverClosesAfter(step.error, 'watch')) socket.end();
        return;
      } else if ('wait' in step) await sleep(step.wait);
      else if ('eof' in step) {
        socket.end();
        return;
      } else if ('hold' in step) return;
    }
  }
}

function garbage(what: 'huge-header' | 'bad-msgpack' | 'unknown-type'): Uint8Array {
  if (what === 'huge-header') return encodeHeader(RESPONSE_TYPE.write, 0xffffffff);
  if (what === 'bad-msgpack') return Uint8Array.from([...encodeHeader(RESPONSE_TYPE.write, 1), 0xc1]);
  return encodeFrame(encoder, 99, []);
}

function safeDecode(body: Uint8Array): unknown {
  try {
    return decoder.decode(body);
  } catch {
    return undefined;
  }
}
