import type * as Net from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { type CoalescingWriter, createCoalescingWriter } from './coalescingWriter.ts';
import { nodeBuiltin } from './nodeBuiltin.ts';
import type { Transport, TransportClose, TransportFactory, TransportHandlers } from './transport.ts';

/** Options of {@link createTcpTransport}. */
export interface TcpTransportOptions {
  /** Port used when the URL names none (NATS: 4222). */
  defaultPort?: number;
  /** Dial (and TLS handshake) timeout in ms; 0 or Infinity turns it off, above 2^31 − 1 it is clamped. Default 5000. */
  connectTimeout?: number;
  /** Node TLS options (`ca`, `cert`, `key`, `servername`, ...); when set the transport speaks TLS. */
  tls?: ConnectionOptions;
}

/**
 * Parses `scheme://host:port`, `host:port` and `[ipv6]:port` into a TCP address.
 * Returns undefined for anything with no usable host or port (server-sent targets may be garbage).
 */
export function tcpAddress(url: string, defaultPort?: number): { host: string; port: number } | undefined {
  const withScheme = url.includes('://') ? url : `tcp://${url.trim()}`;
  try {
    const parsed = new URL(withScheme);
    if (parsed.hostname === '') return undefined;
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = parsed.port === '' ? defaultPort : Number(parsed.port);
    return port === undefined || port < 1 || port > 65535 ? undefined : { host, port };
  } catch {
    return undefined;
  }
}

/**
 * A {@link TransportFactory} over a TCP (or TLS) socket with `TCP_NODELAY`, for `nats://host:port`,
 * Celeriant's `host:port` and other raw TCP protocols. Node only: elsewhere every dial closes at
 * once with a reason that says so. Every failure ends in exactly one `onClose`; nothing throws.
 */
export function createTcpTransport(options: TcpTransportOptions = {}): TransportFactory {
  return (url, handlers) => openTcp(url, handlers, options);
}

function openTcp(url: string, handlers: TransportHandlers, options: TcpTransportOptions): Transport {
  let done = false;
  let open = false;
  let socket: Net.Socket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writer: CoalescingWriter | undefined;

  const finish = (close: Omit<TransportClose, 'wasOpen'>): void => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    writer?.discard();
    socket?.removeAllListeners();
    socket?.on('error', () => {}); // a late error after destroy must not crash the process
    socket?.destroy();
    handlers.onClose({ ...close, wasOpen: open });
  };

  const listen = (target: Net.Socket | undefined): void => {
    target?.on('data', (chunk: Buffer) => {
      if (!done) handlers.onData(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    });
    target?.on('end', () => finish({ reason: 'eof', clean: true }));
    target?.on('close', () => finish({ reason: 'eof', clean: true }));
    target?.on('error', (error: NodeJS.ErrnoException) =>
      finish({ reason: error.code ?? error.message, clean: false, error }),
    );
  };

  const net = options.tls ? nodeBuiltin('node:tls') : nodeBuiltin('node:net');
  const address = tcpAddress(url, options.defaultPort);
  if (address === undefined || net === undefined) {
    const reason = net === undefined ? 'TCP needs Node >= 20.16; use a ws:// server here' : 'invalid-target';
    queueMicrotask(() => finish({ reason, clean: false, error: new Error(`${reason}: ${url}`) }));
  } else {
    const onConnected = (): void => {
      if (done) return;
      if (timer) clearTimeout(timer);
      open = true;
      handlers.onOpen();
    };
    const tls = nodeBuiltin('node:tls');
    socket =
      options.tls && tls
        ? tls.connect({ ...options.tls, host: address.host, port: address.port }, onConnected)
        : nodeBuiltin('node:net')?.connect(
            { host: address.host, port: address.port, noDelay: true },
            onConnected,
          );
    socket?.setNoDelay(true);
    // The writer writes to whichever socket is current: after startTls that is the TLS one.
    if (socket) writer = createCoalescingWriter((chunk) => socket?.write(chunk));
    listen(socket);
    const timeout = options.connectTimeout ?? 5000;
    // The rule of src/machines/shared/delays.ts (transports import nothing above them): 0 and
    // Infinity are off, and a longer delay than timers accept is clamped instead of firing at once.
    if (timeout > 0 && timeout !== Number.POSITIVE_INFINITY) {
      const ms = Math.min(timeout, 2 ** 31 - 1);
      timer = setTimeout(() => finish({ reason: 'connect-timeout', clean: false }), ms);
    }
  }

  return {
    send(data) {
      if (done || !open || !writer) return false;
      // Writes of one tick go out together, in 64 KiB chunks (see coalescingWriter.ts).
      writer.write(data);
      return true;
    },
    close(reason = 'closed-by-client') {
      finish({ reason, clean: true });
    },
    // Gathered bytes count too: a burst of one tick waits in the writer before the socket has it.
    pending: () => (done ? 0 : (socket?.writableLength ?? 0) + (writer?.buffered ?? 0)),
    startTls(tlsOptions, onSecure) {
      const tls = nodeBuiltin('node:tls');
      if (done || !socket || !tls || address === undefined) return;
      // The plain socket now belongs to the TLS one: its bytes are handshake records, not data.
      const plain = socket;
      writer?.flush(); // bytes of this tick go out in the clear, before the handshake
      plain.removeAllListeners();
      plain.on('error', () => {}); // errors surface on the TLS socket
      const secure = tls.connect({ ...tlsOptions, socket: plain, host: address.host }, () => {
        if (!done) onSecure();
      });
      socket = secure;
      listen(secure);
    },
  };
}
