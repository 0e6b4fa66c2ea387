import type { Transport, TransportFactory, TransportHandlers } from './transport.ts';

/** The subset of the WebSocket API codestate uses: the browser global and `ws` both fit. */
export interface WebSocketLike {
  binaryType: string;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
  readonly readyState: number;
}

/**
 * A WebSocket constructor: `globalThis.WebSocket` in browsers, `ws`'s default export in Node.
 * Typed loosely on purpose: `ws` and the DOM type their event handlers differently, and the
 * transport only relies on the {@link WebSocketLike} subset.
 */
export type WebSocketConstructor = new (url: string) => object;

const OPEN = 1;
const enc = new TextEncoder();

/** Turns whatever a WebSocket delivered (ArrayBuffer, view, Node Buffer or text) into bytes. */
function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return enc.encode(data);
  return undefined;
}

/**
 * A {@link TransportFactory} over WebSocket. Pass `ws` in Node; without an argument it uses
 * the global `WebSocket` (browsers, Node 22+), and reports a clear close if there is none.
 */
export function createWebSocketTransport(WebSocketCtor?: WebSocketConstructor): TransportFactory {
  return (url: string, handlers: TransportHandlers): Transport => {
    let done = false;
    let open = false;
    const finish = (reason: string, clean: boolean, code?: number) => {
      if (done) return;
      done = true;
      const close = { reason, clean, wasOpen: open };
      handlers.onClose(code === undefined ? close : { ...close, code });
    };
    const Ctor = WebSocketCtor ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    let socket: WebSocketLike;
    try {
      if (Ctor === undefined)
        throw new Error('no WebSocket: pass the `WebSocket` option (e.g. `ws` in Node)');
      socket = new Ctor(url) as WebSocketLike;
    } catch (error) {
      queueMicrotask(() => finish(error instanceof Error ? error.message : String(error), false));
      return { send: () => false, close: (reason = 'closed-by-client') => finish(reason, true) };
    }
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      open = true;
      handlers.onOpen();
    };
    socket.onmessage = (event) => {
      const bytes = toBytes(event.data);
      if (!done && bytes !== undefined) handlers.onData(bytes);
    };
    socket.onerror = () => finish('WebSocket error', false);
    socket.onclose = (event) =>
      finish(event.reason || `WebSocket closed (${event.code})`, event.wasClean, event.code);
    return {
      send(data) {
        if (done || socket.readyState !== OPEN) return false;
        socket.send(data);
        return true;
      },
      close(reason = 'closed-by-client') {
        finish(reason, true);
        try {
          socket.close(1000);
        } catch {
          // Closing a socket that never opened throws in some implementations; it is gone anyway.
        }
      },
    };
  };
}
