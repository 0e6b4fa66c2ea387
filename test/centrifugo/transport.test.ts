import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import {
  type MessageTransportClose,
  openWebSocket,
  resolveWebSocket,
  TransportError,
} from '../../src/transports/index.ts';

let server: WebSocketServer;
let url: string;

beforeAll(async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const [code, reason] = JSON.parse(data.toString()) as [number, string];
      socket.close(code, reason);
    });
  });
});
afterAll(async () => {
  for (const client of server.clients) client.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function closeAfter(code: number, reason: string): Promise<MessageTransportClose> {
  return new Promise((resolve) => {
    const transport = openWebSocket(url, WebSocket, {
      onOpen: () => transport.send(JSON.stringify([code, reason])),
      onMessage: () => {},
      onClose: resolve,
    });
  });
}

describe('WebSocket transport', () => {
  it('hands the close code and reason over intact (plain and JSON reasons)', async () => {
    expect(await closeAfter(3500, 'invalid token')).toEqual({
      code: 3500,
      reason: 'invalid token',
      neverOpened: false,
    });
    const advice = '{"reason":"shutdown","reconnect":false}';
    expect(await closeAfter(3001, advice)).toEqual({ code: 3001, reason: advice, neverOpened: false });
  });

  it('reports a refused connection as a close that never opened', async () => {
    const close = await new Promise<MessageTransportClose>((resolve) => {
      openWebSocket('ws://127.0.0.1:1', WebSocket, {
        onOpen: () => {},
        onMessage: () => {},
        onClose: resolve,
      });
    });
    expect(close).toMatchObject({ code: 1006, neverOpened: true });
  });

  it('reports a constructor that throws (bad URL) as a close instead of throwing', async () => {
    const close = await new Promise<MessageTransportClose>((resolve) => {
      openWebSocket('not a url', WebSocket, {
        onOpen: () => {},
        onMessage: () => {},
        onClose: resolve,
      });
    });
    expect(close.neverOpened).toBe(true);
  });

  it('fires nothing after close() and tolerates closing a connecting socket', async () => {
    let events = 0;
    const transport = openWebSocket(url, WebSocket, {
      onOpen: () => events++,
      onMessage: () => events++,
      onClose: () => events++,
    });
    transport.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toBe(0);
    expect(transport.send('x')).toBe(false);
  });

  it('prefers an injected constructor and explains a missing one', () => {
    expect(resolveWebSocket(WebSocket)).toBe(WebSocket);
    const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
    (globalThis as { WebSocket?: unknown }).WebSocket = undefined;
    try {
      expect(() => resolveWebSocket()).toThrow(TransportError);
      expect(() => resolveWebSocket()).toThrow(/No WebSocket constructor/);
    } finally {
      (globalThis as { WebSocket?: unknown }).WebSocket = saved;
    }
  });
});
