/**
 * The byte pipe every protocol driver writes to and reads from. Transports know nothing about
 * protocols: they open, carry bytes and report one close.
 */

/** Why a transport closed. */
export interface TransportClose {
  /** Human-readable cause, e.g. `ECONNREFUSED`, `socket ended`, a WebSocket close reason. */
  reason: string;
  /** The WebSocket close code, when the peer sent one. */
  code?: number;
  /** True when the peer closed cleanly (EOF / close handshake), false on a socket error. */
  clean: boolean;
}

/** What a transport reports. Each handler runs at most once, except `onData`. */
export interface TransportHandlers {
  /** The socket is open and can carry bytes. */
  onOpen(): void;
  /** Bytes arrived. The chunk belongs to the receiver. */
  onData(chunk: Uint8Array): void;
  /** The socket closed or failed to open; called exactly once per transport. */
  onClose(close: TransportClose): void;
}

/** An open (or opening) byte pipe. */
export interface Transport {
  /** Queues bytes for the peer; ignored once closed. */
  send(data: Uint8Array): void;
  /** Closes the pipe; `onClose` follows with `clean: true` unless it already fired. */
  close(): void;
}

/** Opens a transport to `url` and reports through `handlers`. Never throws: failures go to `onClose`. */
export type TransportFactory = (url: string, handlers: TransportHandlers) => Transport;
