import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Bundles an import the way an app's bundler would and lists which packages ended up inside.
async function bundledInputs(code: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('tree shaking', () => {
  it('importing codestate/codes pulls in no xstate', async () => {
    const inputs = await bundledInputs("export { classify, catalog } from './src/codes/index.ts';");
    expect(inputs.some((p) => p.includes('src/codes/'))).toBe(true);
    expect(inputs.filter((p) => p.includes('node_modules/xstate'))).toEqual([]);
  });
});
