import type * as Net from 'node:net';
import type { Transport, TransportFactory, TransportHandlers } from './transport.ts';

/**
 * Parses `scheme://host:port` (and bare `host:port`) into a TCP address.
 * Returns undefined for anything that has no usable host.
 */
export function tcpAddress(url: string, defaultPort: number): { host: string; port: number } | undefined {
  const withScheme = url.includes('://') ? url : `tcp://${url}`;
  try {
    const parsed = new URL(withScheme);
    if (parsed.hostname === '') return undefined;
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    return { host, port: parsed.port === '' ? defaultPort : Number(parsed.port) };
  } catch {
    return undefined;
  }
}

/**
 * Node's `net` module, found at run time through `process.getBuiltinModule` (Node >= 20.16) so
 * that no bundle ever imports `node:net`: browser bundles stay clean, Node gets TCP.
 */
export function nodeNet(): typeof Net | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:net') as typeof Net | undefined;
}

/**
 * A {@link TransportFactory} over a plain TCP socket (Node `net`), for `nats://host:port` and
 * other raw TCP protocols. `defaultPort` applies when the URL has none. Outside Node every dial
 * closes at once with a reason that says so.
 */
export function createTcpTransport(
  defaultPort: number,
  net: typeof Net | undefined = nodeNet(),
): TransportFactory {
  return (url: string, handlers: TransportHandlers): Transport => {
    let done = false;
    const finish = (reason: string, clean: boolean) => {
      if (done) return;
      done = true;
      handlers.onClose({ reason, clean });
    };
    const address = tcpAddress(url, defaultPort);
    if (address === undefined || net === undefined) {
      const why =
        net === undefined ? 'TCP needs Node >= 20.16; use a ws:// server here' : 'invalid TCP address';
      queueMicrotask(() => finish(`${why}: ${url}`, false));
      return { send() {}, close: () => finish('closed by client', true) };
    }
    const socket = net.connect({ host: address.host, port: address.port, noDelay: true });
    socket.on('connect', () => handlers.onOpen());
    socket.on('data', (chunk: Uint8Array) => {
      if (!done) handlers.onData(chunk);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? error.message, false));
    socket.on('close', () => finish('socket closed', true));
    return {
      send(data) {
        if (!done && socket.writable) socket.write(data);
      },
      close() {
        finish('closed by client', true);
        socket.destroy();
      },
    };
  };
}
