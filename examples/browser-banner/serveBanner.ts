import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type StaticSite, serveFiles } from '../serveFiles.ts';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Where the UMD bundle lives (built by `npm run build`). */
export const UMD_BUNDLE = here('../../dist/codestate.umd.js');

/** Fails with a clear message when the UMD bundle has not been built. */
export function assertBundleBuilt(): void {
  if (!existsSync(UMD_BUNDLE)) {
    throw new Error(`dist/codestate.umd.js is missing: run "npm run build" first (looked at ${UMD_BUNDLE}).`);
  }
}

/**
 * Serves the banner page and the UMD bundle on 127.0.0.1 (port 0 = a free one).
 * `onPage` runs whenever the page itself is requested (the demo re-queues its script there).
 */
export async function serveBanner(port = 0, onPage?: () => void): Promise<StaticSite> {
  assertBundleBuilt();
  const page = here('./index.html');
  return serveFiles(
    {
      '/': page,
      '/index.html': page,
      '/banner.js': here('./banner.js'),
      '/codestate.umd.js': UMD_BUNDLE,
    },
    { port, ...(onPage ? { onPage } : {}) },
  );
}
