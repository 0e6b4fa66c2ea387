/** Why a byte transport closed. Delivered exactly once per transport. */
export interface TransportCloseInfo {
  /** Short machine-friendly reason: `eof`, `error`, `connect-timeout`, `closed-by-client`, ... */
  reason: string;
  /** The socket error, when there was one. */
  error?: Error;
  /** True when the connection had been established (false = the dial itself failed). */
  wasOpen: boolean;
}

/** Callbacks a byte transport reports to. */
export interface ByteTransportHandlers {
  /** The connection (and TLS handshake, when on) is established. */
  onOpen(): void;
  /** A chunk of bytes arrived; chunk boundaries mean nothing (frame them yourself). */
  onData(chunk: Uint8Array): void;
  /** The transport ended; no more callbacks follow. */
  onClose(info: TransportCloseInfo): void;
}

/** A bidirectional byte stream to one peer (TCP, TLS, ...). */
export interface ByteTransport {
  /** The `host:port` this transport dials. */
  readonly target: string;
  /** Queues bytes for sending; returns false once the transport is closed. */
  send(bytes: Uint8Array): boolean;
  /** Closes the transport; `onClose` fires once with `reason`. */
  close(reason?: string): void;
}

/** Opens a transport to `target` (`host:port`) that reports to `handlers`. */
export type ByteTransportFactory = (target: string, handlers: ByteTransportHandlers) => ByteTransport;
