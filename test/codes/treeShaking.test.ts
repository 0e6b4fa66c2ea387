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

  // A session classifies with its own protocol's rows only (createProtocolClassifier), so an app
  // that talks to one server family does not ship the other families' catalogs or decoders.
  it.each([
    ['nats', 'createNatsSession'],
    ['centrifugo', 'createCentrifugoSession'],
    ['celeriant', 'createCeleriantSession'],
  ])('%s: %s bundles no other protocol’s codes or frames', async (protocol, factory) => {
    const inputs = await bundledInputs(
      `export { ${factory} } from './src/protocols/${protocol}/${factory}.ts';`,
    );
    expect(inputs.some((p) => p.includes(`src/codes/${protocol}/`))).toBe(true);
    const foreign = inputs.filter((p) => {
      const dir = /src\/(?:codes|frames)\/([^/]+)\//.exec(p)?.[1];
      return dir !== undefined && dir !== protocol;
    });
    expect(foreign).toEqual([]);
  });
});
