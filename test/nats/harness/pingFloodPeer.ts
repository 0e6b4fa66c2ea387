import { createServer, type Server, type Socket } from 'node:net';

/** A scripted NATS server that floods PINGs and stops reading (issue 11, item 6). */
export interface PingFloodPeer {
  url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Bytes of PINGs written to the flooded connection. */
  readonly flooded: number;
  /** PINGs received after the handshake (the client's keepalive). */
  readonly keepalivePings: number;
  close(): Promise<void>;
}

const INFO =
  'INFO {"server_id":"FLOOD","version":"2.10.0","proto":1,"max_payload":1048576,"headers":true}\r\n';
const PINGS = Buffer.from('PING\r\n'.repeat(10_000));

/**
 * `mode` `answer` answers every connection normally (to count keepalive PINGs); `silent` accepts and
 * never sends INFO.
 *
 * Speaks just enough NATS: INFO, then +OK/PONG to CONNECT+PING. On the first connection, once the
 * handshake is answered, it stops reading (`pause()`) and writes PINGs as fast as the client takes
 * them, so every PONG the client sends piles up. Later connections are answered normally.
 */
export async function startPingFloodPeer(
  mode: 'flood' | 'answer' | 'silent' = 'flood',
): Promise<PingFloodPeer> {
  let connections = 0;
  let flooded = 0;
  let keepalivePings = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const flood = connections++ === 0 && mode === 'flood';
    if (mode === 'silent') return; // never sends INFO: the handshake can only time out
    socket.write(INFO);
    let seen = '';
    let handshake = true;
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      const pings = seen.split('PING\r\n').length - 1;
      if (!handshake) keepalivePings += pings;
      if (pings > 0) handshake = false;
      seen = seen.slice(seen.lastIndexOf('\n') + 1);
      for (let i = 0; i < pings; i++) socket.write('PONG\r\n');
      if (flood && pings > 0) {
        socket.pause(); // never read again: the client's PONGs fill the kernel buffers, then its own
        const pump = () => {
          while (!socket.destroyed) {
            flooded += PINGS.length;
            if (!socket.write(PINGS)) return void socket.once('drain', pump);
          }
        };
        pump();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `nats://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    get flooded() {
      return flooded;
    },
    get keepalivePings() {
      return keepalivePings;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
