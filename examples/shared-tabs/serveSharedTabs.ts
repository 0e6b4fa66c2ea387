import { type StaticSite, serveFiles } from '../serveFiles.ts';
import { buildSharedTabs } from './build.ts';

/** Builds the shared-tabs page and serves it on 127.0.0.1 (port 0 = a free one). */
export async function serveSharedTabs(port = 0): Promise<StaticSite> {
  const { html, script } = await buildSharedTabs();
  return serveFiles(
    { '/': html, '/index.html': html, '/app.js': script, '/app.js.map': `${script}.map` },
    { port },
  );
}
