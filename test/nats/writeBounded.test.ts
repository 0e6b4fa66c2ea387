import { describe, expect, it } from 'vitest';
import { pongs, writeBounded } from '../../src/protocols/nats/writeBounded.ts';
import { createWebSocketTransport, type Transport } from '../../src/transports/index.ts';

/** A WebSocket stand-in whose bufferedAmount grows with every send (a peer that never reads). */
class StuckSocket {
  static last: StuckSocket | undefined;
  binaryType = 'arraybuffer';
  readyState = 0;
  bufferedAmount = 0;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    StuckSocket.last = this;
  }
  send(data: Uint8Array): void {
    this.bufferedAmount += data.byteLength;
  }
  close(): void {}
}

describe('writeBounded (issue 11: back-pressure)', () => {
  it('reads the WebSocket bufferedAmount and says so past the bound', () => {
    const transport = createWebSocketTransport(StuckSocket)('ws://x', {
      onOpen: () => {},
      onData: () => {},
      onClose: () => {},
    });
    const socket = StuckSocket.last as StuckSocket;
    socket.readyState = 1;
    socket.onopen?.({});
    expect(transport.pending?.()).toBe(0);
    expect(writeBounded(transport, new Uint8Array(600), 1000)).toBeUndefined();
    expect(writeBounded(transport, new Uint8Array(600), 1000)).toBe(
      '1200 bytes queued for a server that is not reading (maxPendingBytes 1000)',
    );
  });

  it('never trips on a transport that cannot tell', () => {
    const blind: Transport = { send: () => true, close: () => {} };
    expect(writeBounded(blind, new Uint8Array(10_000), 1)).toBeUndefined();
  });

  it('answers the PINGs of one read with one buffer of PONGs', () => {
    expect(new TextDecoder().decode(pongs(3))).toBe('PONG\r\nPONG\r\nPONG\r\n');
    expect(pongs(1).byteLength).toBe(6);
  });
});
