import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = new URL('../../', import.meta.url);
/**
 * Where the entry points are read from: this checkout, or `BENCH_SRC` (another checkout or an
 * exported tree of one), so the same bench can measure a before and an after. The bundle is still
 * written here, so its dependencies resolve from this checkout's node_modules.
 */
const root = process.env.BENCH_SRC ? pathToFileURL(`${resolve(process.env.BENCH_SRC)}/`) : here;

/**
 * Bundles one of codestate's entry points with esbuild (dependencies stay imports) into
 * `build/bench/` and returns the file and whether it is this process's own copy (to remove once
 * loaded). Its imports resolve from this checkout's node_modules.
 */
export async function bundleToFile(entry: string): Promise<{ file: URL; own: boolean }> {
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
  const dir = new URL('build/bench/', here);
  mkdirSync(dir, { recursive: true });
  const tag = root === here ? '' : `${process.pid}-`;
  const file = new URL(`${tag}${entry.replace(/[^\w]+/g, '-')}.mjs`, dir);
  writeFileSync(file, code);
  return { file, own: tag !== '' };
}

/**
 * Bundles one of codestate's entry points ({@link bundleToFile}) and imports it. Memory benches
 * measure this instead of the tsx-transformed source: tsx defines a `name` property on every
 * function (esbuild's keepNames), ~250 B per closure that the shipped bundle does not have.
 */
export async function importBundled<T>(entry: string): Promise<T> {
  const { file, own } = await bundleToFile(entry);
  try {
    return (await import(pathToFileURL(fileURLToPath(file)).href)) as T;
  } finally {
    // A per-process copy is loaded now; it would only pile up.
    if (own) rmSync(file, { force: true });
  }
}
