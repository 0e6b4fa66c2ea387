import type { Socket } from 'node:net';
import { createServer, type TLSSocket } from 'node:tls';
import type { CertFiles } from './tlsCerts.ts';

/** A scripted NATS server that expects the TLS handshake before it says anything (`handshake_first`). */
export interface TlsFirstPeer {
  port: number;
  /** True once a client completed a TLS handshake before any NATS byte. */
  sawTlsFirst(): boolean;
  /** The CONNECT JSON texts received over TLS. */
  connects(): string[];
  close(): Promise<void>;
}

const INFO =
  'INFO {"server_id":"TLSFIRST","version":"2.10.0","proto":1,"max_payload":1048576,"headers":true,"tls_required":true}\r\n';

/**
 * Stands in for nats-server 2.10+ with `handshake_first: true` (the machine's nats-server 2.9 has
 * no such option): a `node:tls` server on 127.0.0.1, port picked by the system. Only after the
 * handshake does it send INFO, then answers CONNECT + PING with PONG and every PING with PONG.
 */
export async function startTlsFirstPeer(cert: CertFiles): Promise<TlsFirstPeer> {
  let secured = false;
  const connects: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer({ cert: cert.cert, key: cert.key }, (socket: TLSSocket) => {
    secured = true;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.write(INFO);
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      for (let end = seen.indexOf('\r\n'); end >= 0; end = seen.indexOf('\r\n')) {
        const line = seen.slice(0, end);
        seen = seen.slice(end + 2);
        if (line.startsWith('CONNECT ')) connects.push(line.slice(8));
        if (line === 'PING') socket.write('PONG\r\n');
      }
    });
  });
  server.on('connection', (raw: Socket) => {
    sockets.add(raw);
    raw.on('close', () => sockets.delete(raw));
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    sawTlsFirst: () => secured,
    connects: () => [...connects],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
