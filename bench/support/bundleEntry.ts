import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);

/**
 * Bundles one of codestate's entry points with esbuild (dependencies stay imports) into
 * `build/bench/` and imports it. Memory benches measure this instead of the tsx-transformed
 * source: tsx defines a `name` property on every function (esbuild's keepNames), ~250 B per
 * closure that the shipped bundle does not have.
 */
export async function importBundled<T>(entry: string): Promise<T> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, root))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced no output for ${entry}.`);
  const dir = new URL('build/bench/', root);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${entry.replace(/[^\w]+/g, '-')}.mjs`, dir);
  writeFileSync(file, code);
  return (await import(pathToFileURL(fileURLToPath(file)).href)) as T;
}
