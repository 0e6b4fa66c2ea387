import { connect as netConnect, type Socket } from 'node:net';
import { type ConnectionOptions, connect as tlsConnect } from 'node:tls';
import type { ByteTransport, ByteTransportFactory, ByteTransportHandlers } from './byteTransport.ts';
import { parseHostPort } from './parseHostPort.ts';

/** Options of {@link createTcpTransportFactory}. */
export interface TcpTransportOptions {
  /** Dial + TLS handshake timeout in ms (official Celeriant clients: 5000). */
  connectTimeout?: number;
  /**
   * Node TLS options (`ca`, `cert`, `key`, `servername`, ...). When set, the transport speaks
   * TLS; Celeriant servers require TLS 1.3 and usually a client certificate (mTLS).
   */
  tls?: ConnectionOptions;
}

/**
 * Opens TCP (or TLS) connections with `TCP_NODELAY`, as the Celeriant protocol expects (spec §1.1).
 * Node only. Every failure ends in exactly one `onClose`; nothing throws to the caller.
 */
export function createTcpTransportFactory(options: TcpTransportOptions = {}): ByteTransportFactory {
  return (target, handlers) => openTcpTransport(target, handlers, options);
}

/** Opens one TCP (or TLS) connection to `target` (`host:port`). */
export function openTcpTransport(
  target: string,
  handlers: ByteTransportHandlers,
  options: TcpTransportOptions = {},
): ByteTransport {
  let closed = false;
  let open = false;
  let socket: Socket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const finish = (reason: string, error?: Error): void => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    socket?.removeAllListeners();
    socket?.on('error', () => {}); // a late error after destroy must not crash the process
    socket?.destroy();
    handlers.onClose(error ? { reason, error, wasOpen: open } : { reason, wasOpen: open });
  };

  const address = parseHostPort(target);
  if (!address) {
    queueMicrotask(() => finish('invalid-target', new Error(`"${target}" is not a host:port address`)));
  } else {
    const onConnected = (): void => {
      if (closed) return;
      if (timer) clearTimeout(timer);
      open = true;
      handlers.onOpen();
    };
    socket = options.tls
      ? tlsConnect({ ...options.tls, host: address.host, port: address.port }, onConnected)
      : netConnect({ host: address.host, port: address.port, noDelay: true }, onConnected);
    if (options.tls) socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      if (!closed) handlers.onData(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    socket.on('end', () => finish('eof'));
    socket.on('close', () => finish('eof'));
    socket.on('error', (error) => finish('error', error));
    const timeout = options.connectTimeout ?? 5000;
    if (timeout > 0) timer = setTimeout(() => finish('connect-timeout'), timeout);
  }

  return {
    target,
    send(bytes) {
      if (closed || !socket || !open) return false;
      socket.write(bytes);
      return true;
    },
    close(reason = 'closed-by-client') {
      finish(reason);
    },
  };
}
