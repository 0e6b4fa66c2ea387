import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

/** A running static site (see {@link serveFiles}). */
export interface StaticSite {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** Drops open connections and stops the server. */
  close(): Promise<void>;
}

/** Options of {@link serveFiles}. */
export interface ServeFilesOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Runs whenever an HTML page is requested (the demo re-queues its peer script there). */
  onPage?: () => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves a fixed set of files on 127.0.0.1, `routes` mapping URL paths to files on disk. Only the
 * listed paths are served (no directory walking), and files are read on every request so a rebuilt
 * bundle shows up on reload. Shared by the banner examples, the demo and the browser tests.
 */
export async function serveFiles(
  routes: Readonly<Record<string, string>>,
  options: ServeFilesOptions = {},
): Promise<StaticSite> {
  const server = createServer((request, response) => {
    const path = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (path === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) options.onPage?.();
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
