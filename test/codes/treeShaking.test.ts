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

  it('a NATS session bundles only the NATS catalog', async () => {
    const inputs = await bundledInputs(
      "export { createNatsSession } from './src/protocols/nats/createNatsSession.ts';",
    );
    expect(inputs.some((p) => p.includes('src/codes/nats/'))).toBe(true);
    expect(inputs.filter((p) => /src\/codes\/(centrifugo|celeriant)\//.test(p))).toEqual([]);
  });

  it('a Centrifugo session bundles neither the NATS catalog nor the NATS frames', async () => {
    const inputs = await bundledInputs(
      "export { createCentrifugoSession } from './src/protocols/centrifugo/createCentrifugoSession.ts';",
    );
    expect(inputs.some((p) => p.includes('src/codes/centrifugo/'))).toBe(true);
    expect(inputs.filter((p) => /src\/(codes|frames)\/nats\//.test(p))).toEqual([]);
  });

  it('a Celeriant session bundles only the Celeriant catalog', async () => {
    const inputs = await bundledInputs(
      "export { createCeleriantSession } from './src/protocols/celeriant/createCeleriantSession.ts';",
    );
    expect(inputs.some((p) => p.includes('src/codes/celeriant/'))).toBe(true);
    expect(inputs.filter((p) => /src\/(codes|frames)\/(nats|centrifugo)\//.test(p))).toEqual([]);
  });
});
