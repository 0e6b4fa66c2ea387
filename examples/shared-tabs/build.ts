/**
 * Bundles the shared-tabs page with esbuild's JS API: `npx tsx examples/shared-tabs/build.ts` writes
 * `examples/shared-tabs/dist/` (index.html and app.js). The bundle imports codestate from `src/`,
 * so it needs no `npm run build` first.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Where the built page lives (gitignored). */
export const SHARED_TABS_DIST = here('./dist');

/** Options of {@link buildSharedTabs}. */
export interface BuildSharedTabsOptions {
  /** Minify the bundle (default true). Off makes stack traces in the browser readable. */
  minify?: boolean;
}

/** Builds the page into {@link SHARED_TABS_DIST}; resolves with the paths the page is served from. */
export async function buildSharedTabs(
  options: BuildSharedTabsOptions = {},
): Promise<{ html: string; script: string }> {
  const html = join(SHARED_TABS_DIST, 'index.html');
  const script = join(SHARED_TABS_DIST, 'app.js');
  mkdirSync(SHARED_TABS_DIST, { recursive: true });
  await build({
    entryPoints: [here('./main.tsx')],
    outfile: script,
    bundle: true,
    // A classic script (not a module) so the page also opens from file:// without a server.
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: options.minify ?? true,
    sourcemap: true,
    // React picks its production build from process.env.NODE_ENV, which browsers do not have.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  copyFileSync(here('./index.html'), html);
  return { html, script };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { html } = await buildSharedTabs();
  console.log(`built ${html}`);
}
