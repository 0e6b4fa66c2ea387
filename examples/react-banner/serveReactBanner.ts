import { type StaticSite, serveFiles } from '../serveFiles.ts';
import { buildReactBanner } from './build.ts';

/**
 * Builds the React banner and serves it on 127.0.0.1 (port 0 = a free one), with the same
 * signature as `serveBanner` so the demo and the tests can use either page. `onPage` runs whenever
 * the page itself is requested (the demo re-queues its script there).
 */
export async function serveReactBanner(port = 0, onPage?: () => void): Promise<StaticSite> {
  const { html, script } = await buildReactBanner();
  return serveFiles(
    { '/': html, '/index.html': html, '/app.js': script, '/app.js.map': `${script}.map` },
    { port, ...(onPage ? { onPage } : {}) },
  );
}
