/**
 * Bundles the React banner with esbuild's JS API: `npx tsx examples/react-banner/build.ts` writes
 * `examples/react-banner/dist/` (index.html and app.js). The bundle imports codestate from `src/`,
 * so it needs no `npm run build` first.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Where the built page lives (gitignored). */
export const REACT_BANNER_DIST = here('./dist');

/** Options of {@link buildReactBanner}. */
export interface BuildReactBannerOptions {
  /** Minify the bundle (default true). Off makes stack traces in the browser readable. */
  minify?: boolean;
}

/** Builds the page into {@link REACT_BANNER_DIST}; resolves with the paths the page is served from. */
export async function buildReactBanner(
  options: BuildReactBannerOptions = {},
): Promise<{ html: string; script: string }> {
  const html = join(REACT_BANNER_DIST, 'index.html');
  const script = join(REACT_BANNER_DIST, 'app.js');
  mkdirSync(REACT_BANNER_DIST, { recursive: true });
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
  const { html } = await buildReactBanner();
  console.log(`built ${html}`);
}
