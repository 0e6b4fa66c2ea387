import { openWebSocket } from './openWebSocket.ts';
import { resolveWebSocket } from './resolveWebSocket.ts';
import type { Transport, TransportClose, TransportFactory } from './transport.ts';

/** The close code of a connection that dropped without a close frame (RFC 6455 §7.1.5). */
const ABNORMAL_CLOSURE = 1006;
const enc = /* @__PURE__ */ new TextEncoder();

/** Turns whatever a WebSocket delivered (ArrayBuffer, view, Node Buffer or text) into bytes. */
function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return enc.encode(data);
  return undefined;
}

/**
 * A {@link TransportFactory} (a byte pipe, for NATS) over {@link openWebSocket}: each message
 * becomes one chunk, and the close keeps the server's code and exact reason (possibly empty).
 * Pass `ws` in Node 20; without an argument it uses the global `WebSocket` (browsers, Node 22+).
 * @throws {TransportError} `no-websocket` when there is no constructor, as Centrifugo sessions do.
 */
export function createWebSocketTransport(WebSocket?: unknown): TransportFactory {
  const Ctor = resolveWebSocket(WebSocket);
  return (url, handlers): Transport => {
    let done = false;
    let wasOpen = false;
    const finish = (close: Omit<TransportClose, 'wasOpen'>) => {
      if (done) return;
      done = true;
      handlers.onClose({ ...close, wasOpen });
    };
    const socket = openWebSocket(url, Ctor, {
      onOpen: () => {
        wasOpen = true;
        handlers.onOpen();
      },
      onMessage: (data) => {
        const bytes = toBytes(data);
        if (bytes !== undefined) handlers.onData(bytes);
      },
      // A close frame (any code but 1006) is a clean end; 1006 means the socket just dropped.
      onClose: ({ code, reason }) => finish({ reason, code, clean: code !== ABNORMAL_CLOSURE }),
    });
    return {
      send: (data) => socket.send(data),
      pending: () => socket.pending(),
      close(reason = 'closed-by-client') {
        socket.close();
        finish({ reason, clean: true });
      },
    };
  };
}
