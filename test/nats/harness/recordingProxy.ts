import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

/** A TCP proxy on 127.0.0.1 that records every byte a client sent to the server behind it. */
export interface RecordingProxy {
  port: number;
  url: string;
  /** Everything clients wrote, as text, over every connection so far. */
  sent(): string;
  close(): Promise<void>;
}

/**
 * Starts a proxy to `127.0.0.1:upstreamPort` on a port the OS picks. Each client connection gets
 * its own upstream connection; when either side ends, so does the other (a killed server looks
 * like a killed server to the client).
 */
export async function startRecordingProxy(upstreamPort: number): Promise<RecordingProxy> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(upstreamPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) {
      s.on('close', end);
      s.on('error', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `nats://127.0.0.1:${port}`,
    sent: () => Buffer.concat(chunks).toString('latin1'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
