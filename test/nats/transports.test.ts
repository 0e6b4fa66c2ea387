import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createNatsSession } from '../../src/protocols/nats/index.ts';
import type { TransportClose } from '../../src/transports/index.ts';
import { createWebSocketTransport, TransportError } from '../../src/transports/index.ts';
import { createTcpTransport, tcpAddress } from '../../src/transports/tcpTransport.ts';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

function echoTcp(): Promise<number> {
  const server: Server = createServer((socket) => socket.pipe(socket));
  stops.push(() => new Promise((r) => server.close(() => r())));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

function echoWs(): Promise<number> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (socket) => socket.on('message', (data) => socket.send(data)));
  stops.push(() => new Promise((r) => server.close(() => r())));
  return new Promise((resolve) =>
    server.on('listening', () => resolve((server.address() as { port: number }).port)),
  );
}

/** Opens, sends `ping`, waits for the echo, closes; returns the echo and the close report. */
function roundTrip(factory: ReturnType<typeof createTcpTransport>, url: string) {
  return new Promise<{ echo: string; close: TransportClose }>((resolve) => {
    let echo = '';
    const t = factory(url, {
      onOpen: () => t.send(new TextEncoder().encode('ping')),
      onData: (chunk) => {
        echo += new TextDecoder().decode(chunk);
        if (echo === 'ping') t.close();
      },
      onClose: (close) => resolve({ echo, close }),
    });
  });
}

describe('transports', () => {
  it('carries bytes over TCP and reports one clean close', async () => {
    const port = await echoTcp();
    const { echo, close } = await roundTrip(
      createTcpTransport({ defaultPort: 4222 }),
      `nats://127.0.0.1:${port}`,
    );
    expect(echo).toBe('ping');
    expect(close.clean).toBe(true);
  });

  it('reports a refused TCP dial as an unclean close', async () => {
    const port = await echoTcp();
    stops.shift()?.();
    await new Promise((r) => setTimeout(r, 20));
    const { close } = await roundTrip(createTcpTransport({ defaultPort: 4222 }), `nats://127.0.0.1:${port}`);
    expect(close).toMatchObject({ clean: false, reason: 'ECONNREFUSED' });
  });

  it('carries bytes over WebSocket with an injected `ws` constructor', async () => {
    const port = await echoWs();
    const { echo, close } = await roundTrip(createWebSocketTransport(WebSocket), `ws://127.0.0.1:${port}`);
    expect(echo).toBe('ping');
    expect(close.clean).toBe(true);
  });

  it('hands a WebSocket close code and reason over exactly, an empty reason included', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    server.on('connection', (socket) =>
      socket.on('message', (data) => socket.close(4000, data.toString() === 'quiet' ? '' : 'bye')),
    );
    stops.push(() => new Promise((r) => server.close(() => r())));
    await new Promise((r) => server.on('listening', r));
    const url = `ws://127.0.0.1:${(server.address() as { port: number }).port}`;
    const closeAfter = (text: string) =>
      new Promise<TransportClose>((resolve) => {
        const t = createWebSocketTransport(WebSocket)(url, {
          onOpen: () => t.send(new TextEncoder().encode(text)),
          onData: () => {},
          onClose: resolve,
        });
      });
    expect(await closeAfter('loud')).toEqual({ reason: 'bye', code: 4000, clean: true, wasOpen: true });
    expect(await closeAfter('quiet')).toEqual({ reason: '', code: 4000, clean: true, wasOpen: true });
  });

  it('reports a missing WebSocket constructor with the typed error Centrifugo uses', () => {
    const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
    (globalThis as { WebSocket?: unknown }).WebSocket = undefined;
    try {
      expect(() => createWebSocketTransport()).toThrow(TransportError);
      const error = (() => {
        try {
          createNatsSession({ servers: ['ws://127.0.0.1:1'] });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(TransportError);
      expect(error).toMatchObject({ kind: 'no-websocket' });
      expect((error as TransportError).remediation).toContain('ws package');
      // A TCP-only session needs no WebSocket at all.
      expect(() => createNatsSession({ servers: ['nats://127.0.0.1:1'] })).not.toThrow();
    } finally {
      (globalThis as { WebSocket?: unknown }).WebSocket = saved;
    }
  });

  it('parses addresses and rejects garbage without throwing', async () => {
    expect(tcpAddress('nats://127.0.0.1:4333', 4222)).toEqual({ host: '127.0.0.1', port: 4333 });
    expect(tcpAddress('localhost', 4222)).toEqual({ host: 'localhost', port: 4222 });
    expect(tcpAddress('nats://', 4222)).toBeUndefined();
    const { close } = await roundTrip(createTcpTransport({ defaultPort: 4222 }), 'nats://');
    expect(close.clean).toBe(false);
  });
});
