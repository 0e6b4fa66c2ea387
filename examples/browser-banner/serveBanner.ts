import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Where the UMD bundle lives (built by `npm run build`). */
export const UMD_BUNDLE = here('../../dist/codestate.umd.js');

/** Fails with a clear message when the UMD bundle has not been built. */
export function assertBundleBuilt(): void {
  if (!existsSync(UMD_BUNDLE)) {
    throw new Error(`dist/codestate.umd.js is missing: run "npm run build" first (looked at ${UMD_BUNDLE}).`);
  }
}

const FILES: Record<string, { path: string; type: string }> = {
  '/': { path: here('./index.html'), type: 'text/html; charset=utf-8' },
  '/index.html': { path: here('./index.html'), type: 'text/html; charset=utf-8' },
  '/banner.js': { path: here('./banner.js'), type: 'text/javascript; charset=utf-8' },
  '/codestate.umd.js': { path: UMD_BUNDLE, type: 'text/javascript; charset=utf-8' },
};

/**
 * Serves the banner page and the UMD bundle on 127.0.0.1 (port 0 = a free one).
 * `onPage` runs whenever the page itself is requested (the demo re-queues its script there).
 */
export async function serveBanner(
  port = 0,
  onPage?: () => void,
): Promise<{ url: string; close(): Promise<void> }> {
  assertBundleBuilt();
  const server = createServer((request, response) => {
    const file = FILES[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    if (file.type.startsWith('text/html')) onPage?.();
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    response.end(readFileSync(file.path));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
