import { cutCloseReason } from './closeReason.ts';
import type { WebSocketConstructor, WebSocketLike } from './webSocketLike.ts';

/** How a socket ended: the server's close code and reason, untouched. */
export interface MessageTransportClose {
  /** The close code; 1006 when the connection dropped without a close frame. */
  code: number;
  /** The close reason, exactly as the server sent it (may be empty or JSON). */
  reason: string;
  /** True when the socket never opened (connection refused, DNS, TLS). */
  neverOpened: boolean;
}

/** Callbacks of {@link openWebSocket}. Each fires at most as the socket lives; none after `close()`. */
export interface MessageTransportHandlers {
  onOpen(): void;
  onMessage(data: unknown): void;
  onClose(close: MessageTransportClose): void;
}

/** An open (or opening) socket. */
export interface MessageTransport {
  /** Writes one message (text, or binary for bytes); returns false when the socket is not open. */
  send(data: string | Uint8Array): boolean;
  /**
   * Closes the socket; no handler fires afterwards. The reason is cut to 123 UTF-8 bytes; when the
   * close itself throws (a code the platform refuses), the socket is ended anyway.
   */
  close(code?: number, reason?: string): void;
  /** Bytes written and not yet sent (the socket's `bufferedAmount`; 0 when it has none). */
  pending(): number;
}

const OPEN = 1;

function detach(socket: WebSocketLike): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  // onerror stays a no-op: `ws` throws an unhandled 'error' when a connecting socket is closed.
}

/** Ends a socket whose `close(code, reason)` threw: `ws` has `terminate()`, browsers a bare `close()`. */
function forceEnd(socket: WebSocketLike): void {
  try {
    if (typeof socket.terminate === 'function') socket.terminate();
    else socket.close();
  } catch {
    // Nothing else can end it; a platform that throws here has no socket left to leak.
  }
}

/**
 * Opens a WebSocket and reports its life through `handlers`: the one WebSocket implementation of
 * codestate (Centrifugo uses it directly, NATS through the `createWebSocketTransport` byte
 * pipe). Message boundaries are kept, and close code and reason reach the caller intact; an `error` event is not reported on its own because a close always follows it.
 * A constructor that throws (bad URL) is reported as a close with code 1006.
 */
export function openWebSocket(
  url: string,
  WebSocket: WebSocketConstructor,
  handlers: MessageTransportHandlers,
): MessageTransport {
  let opened = false;
  let closed = false;
  let socket: WebSocketLike | undefined;
  const finish = (code: number, reason: string) => {
    if (closed) return;
    closed = true;
    if (socket) detach(socket);
    handlers.onClose({ code, reason, neverOpened: !opened });
  };
  try {
    socket = new WebSocket(url) as WebSocketLike;
    socket.binaryType = 'arraybuffer';
  } catch (cause) {
    queueMicrotask(() =>
      finish(1006, cause instanceof Error ? cause.message : 'WebSocket constructor failed'),
    );
    return {
      send: () => false,
      close: () => {
        closed = true;
      },
      pending: () => 0,
    };
  }
  const ws = socket;
  ws.onopen = () => {
    opened = true;
    handlers.onOpen();
  };
  ws.onmessage = (event) => handlers.onMessage(event.data);
  ws.onclose = (event) => finish(event.code || 1006, event.reason ?? '');
  ws.onerror = () => {};
  return {
    send(data) {
      if (closed || ws.readyState !== OPEN) return false;
      ws.send(data);
      return true;
    },
    pending: () => ws.bufferedAmount ?? 0,
    close(code = 1000, reason = '') {
      if (closed) return;
      closed = true;
      detach(ws);
      try {
        ws.close(code, cutCloseReason(reason));
      } catch {
        // The socket is detached already: if it stayed open nobody would ever close it (a leak
        // per reconnect), so end it without a close frame.
        forceEnd(ws);
      }
    },
  };
}
