import { connect, createServer, type Socket } from 'node:net';
import { seededRandom } from '../../src/machines/backoff/seededRandom.ts';

/** What the proxy can do to a chunk of bytes. */
export type FaultKind = 'delay' | 'cut' | 'truncate' | 'duplicate' | 'corrupt';

/**
 * A seeded fault schedule. The same seed and the same traffic give the same faults. Faults are
 * bounded: after `maxFaults` every chunk passes untouched, so a scenario always gets a clean link
 * back and can show whether the session recovers.
 */
export interface FaultPlan {
  seed: number;
  /** The faults to choose from. `cut` and `delay` also hit client→server chunks; the rest only server→client. */
  kinds: readonly FaultKind[];
  /** Chance that one chunk gets a fault, 0…1. */
  rate: number;
  /** Faults in the proxy's whole life. */
  maxFaults: number;
  /** Longest `delay`, ms (default 200). */
  maxDelayMs?: number;
}

/** One fault the proxy applied, for the scenario's report. */
export interface FaultRecord {
  connection: number;
  direction: 'down' | 'up';
  kind: FaultKind;
  /** Size of the chunk it hit. */
  bytes: number;
}

/** A running proxy on 127.0.0.1 (port picked by the OS). */
export interface FaultProxy {
  readonly port: number;
  /** `127.0.0.1:port`. */
  readonly address: string;
  /** Every fault applied so far, in order. */
  readonly faults: readonly FaultRecord[];
  /** Client connections accepted so far. */
  readonly connections: number;
  /** Sockets (client side and server side) not closed yet. */
  openSockets(): number;
  /** Stops listening and destroys every socket. */
  close(): Promise<void>;
}

/**
 * A 0xFF byte is never valid UTF-8, never a valid WebSocket first byte and never part of a NATS
 * control line, so a corrupted text stream is always detectably corrupt, as on a real link whose
 * checksums (TCP, TLS) catch silent bit flips. A silently changed digit is not a fault real
 * transports deliver, and no protocol here could notice it.
 */
const CORRUPT_BYTE = 0xff;

/**
 * Starts a TCP proxy between a client and `target` that applies `plan` to the bytes it relays.
 * It is protocol-blind, so it serves raw TCP protocols (NATS, Celeriant) and WebSocket alike.
 * Order is kept per direction: a delayed chunk holds back the chunks after it.
 */
export async function startFaultProxy(
  target: { host: string; port: number },
  plan: FaultPlan,
): Promise<FaultProxy> {
  const random = seededRandom(plan.seed);
  const faults: FaultRecord[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const pick = (direction: 'down' | 'up'): FaultKind | undefined => {
    if (faults.length >= plan.maxFaults || random() >= plan.rate) return undefined;
    const kinds = direction === 'down' ? plan.kinds : plan.kinds.filter((k) => k === 'cut' || k === 'delay');
    return kinds.length === 0 ? undefined : kinds[Math.floor(random() * kinds.length)];
  };

  const relay = (connection: number, direction: 'down' | 'up', from: Socket, to: Socket) => {
    let chain = Promise.resolve();
    let cut = false;
    const cutBoth = () => {
      cut = true;
      from.destroy();
      to.destroy();
    };
    const handle = async (chunk: Buffer) => {
      if (cut || to.destroyed) return;
      const kind = pick(direction);
      if (kind !== undefined) faults.push({ connection, direction, kind, bytes: chunk.length });
      switch (kind) {
        case undefined:
          to.write(chunk);
          return;
        case 'delay':
          await new Promise((resolve) =>
            setTimeout(resolve, Math.floor(random() * (plan.maxDelayMs ?? 200))),
          );
          if (!to.destroyed) to.write(chunk);
          return;
        case 'duplicate':
          to.write(chunk);
          to.write(chunk);
          return;
        case 'corrupt': {
          const copy = Buffer.from(chunk);
          const flips = 1 + Math.floor(random() * 3);
          for (let i = 0; i < flips; i++) copy[Math.floor(random() * copy.length)] = CORRUPT_BYTE;
          to.write(copy);
          return;
        }
        case 'truncate':
          to.write(chunk.subarray(0, Math.floor(random() * chunk.length)), cutBoth);
          return;
        case 'cut':
          cutBoth();
          return;
      }
    };
    from.on('data', (chunk: Buffer) => {
      chain = chain.then(() => handle(chunk));
    });
  };

  const server = createServer((client) => {
    const connection = connections++;
    track(client);
    const upstream = connect({ host: target.host, port: target.port });
    track(upstream);
    // A side that closes closes the other once what was written to it is flushed.
    client.on('close', () => upstream.destroySoon());
    upstream.on('close', () => client.destroySoon());
    relay(connection, 'down', upstream, client);
    relay(connection, 'up', client, upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    address: `127.0.0.1:${port}`,
    faults,
    get connections() {
      return connections;
    },
    openSockets: () => sockets.size,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
