import type { ConnectionOptions } from 'node:tls';

/**
 * The byte pipe every protocol driver writes to and reads from. Transports know nothing about
 * protocols: they open, carry bytes and report one close.
 */

/** Why a transport closed. */
export interface TransportClose {
  /**
   * Short cause: `eof` (the peer ended the stream), `closed-by-client`, `connect-timeout`,
   * `invalid-target`, a socket error code such as `ECONNREFUSED`, or a WebSocket close reason
   * exactly as the peer sent it (it may be empty: read `code` then).
   */
  reason: string;
  /** The WebSocket close code, when the peer sent one. */
  code?: number;
  /** True when the peer closed cleanly (EOF / close handshake), false on a socket error. */
  clean: boolean;
  /** True when the connection had been established (false: the dial itself failed). */
  wasOpen: boolean;
  /** The socket error, when there was one. */
  error?: Error;
}

/** What a transport reports. Each handler runs at most once, except `onData`. */
export interface TransportHandlers {
  /** The socket is open and can carry bytes. */
  onOpen(): void;
  /** Bytes arrived; chunk boundaries mean nothing. The chunk belongs to the receiver. */
  onData(chunk: Uint8Array): void;
  /** The socket closed or failed to open; called exactly once per transport. */
  onClose(close: TransportClose): void;
}

/** An open (or opening) byte pipe. */
export interface Transport {
  /** Queues bytes for the peer; returns false (and drops them) when not open. */
  send(data: Uint8Array): boolean;
  /** Closes the pipe; `onClose` follows (`closed-by-client`) unless it already fired. */
  close(reason?: string): void;
  /**
   * Bytes accepted by `send` that the peer has not taken yet (TCP `writableLength`, WebSocket
   * `bufferedAmount`). A peer that stops reading makes it grow: protocols bound it (NATS
   * `maxPendingBytes`). Absent on transports that cannot tell.
   */
  pending?(): number;
  /**
   * Turns the open plain socket into a TLS one in place (STARTTLS: NATS sends INFO in the clear,
   * then the client upgrades); `onSecure` runs once the handshake succeeded. A handshake or
   * certificate failure closes the transport with the Node error code as `reason` (e.g.
   * `ERR_TLS_CERT_ALTNAME_INVALID`). Absent on transports that cannot upgrade (WebSocket).
   */
  startTls?(options: ConnectionOptions, onSecure: () => void): void;
}

/** Opens a transport to `url` and reports through `handlers`. Never throws: failures go to `onClose`. */
export type TransportFactory = (url: string, handlers: TransportHandlers) => Transport;
