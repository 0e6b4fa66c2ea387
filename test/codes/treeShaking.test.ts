import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/codes/catalog.ts';

// Bundles an import the way an app's bundler would: the files that put code in the output, and the code.
async function bundle(code: string): Promise<{ inputs: string[]; text: string }> {
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
  const outputs = Object.values(result.metafile.outputs);
  const inputs = outputs.flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0));
  return { inputs: inputs.map(([path]) => path), text: result.outputFiles[0]?.text ?? '' };
}

function remediationOf(entry: { remediation: string } | undefined): string {
  if (!entry) throw new Error('catalog row missing');
  return entry.remediation;
}

// One distinctive remediation per protocol, read from the catalog so a reworded row cannot make
// the test pass vacuously. None has a quote, so minifying cannot change how it is written.
const REMEDIATIONS = [
  remediationOf(lookup('centrifugo', 3500, 'disconnect')),
  remediationOf(lookup('nats', 'Authorization Violation', 'err')),
  remediationOf(lookup('celeriant', 11000)),
];

// A boolean per text, so a failure names the text instead of printing the whole bundle.
function expectAbsent(bundled: string): void {
  for (const remediation of REMEDIATIONS) expect(bundled.includes(remediation), remediation).toBe(false);
}

describe('tree shaking', () => {
  it('importing codestate/codes pulls in no xstate', async () => {
    const { inputs } = await bundle("export { classify, catalog } from './src/codes/index.ts';");
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
    const { inputs } = await bundle(
      `export { ${factory} } from './src/protocols/${protocol}/${factory}.ts';`,
    );
    expect(inputs.some((p) => p.includes(`src/codes/${protocol}/`))).toBe(true);
    const foreign = inputs.filter((p) => {
      const dir = /src\/(?:codes|frames)\/([^/]+)\//.exec(p)?.[1];
      return dir !== undefined && dir !== protocol;
    });
    expect(foreign).toEqual([]);
  });

  it('the remediations picked are distinct and quote-free', () => {
    expect(new Set(REMEDIATIONS).size).toBe(3);
    for (const text of REMEDIATIONS) expect(text).toMatch(/^[^'"`\\]{20,}$/);
  });

  it('classify ships verdicts without the documentation text', async () => {
    const { inputs, text } = await bundle("export { classify } from './src/codes/index.ts';");
    expect(inputs.filter((p) => /Docs\.ts$|catalogEntries\.ts$/.test(p))).toEqual([]);
    expectAbsent(text);
  });

  it.each([
    ['classifyCentrifugo', './src/codes/centrifugo/classifyCentrifugo.ts'],
    ['classifyNats', './src/codes/nats/classifyNats.ts'],
    ['classifyCeleriant', './src/codes/celeriant/classifyCeleriant.ts'],
  ])('%s alone ships no documentation text', async (name, path) => {
    const { text } = await bundle(`export { ${name} } from '${path}';`);
    expectAbsent(text);
  });

  it.each([
    ['createCentrifugoSession', './src/protocols/centrifugo/index.ts'],
    ['createNatsSession', './src/protocols/nats/index.ts'],
  ])('a browser session (%s) ships no documentation text', async (name, path) => {
    const { text } = await bundle(`export { ${name} } from '${path}';`);
    expectAbsent(text);
  });

  it.each(['catalog', 'lookup', 'explain'])('%s carries the documentation text', async (name) => {
    const { text } = await bundle(`export { ${name} } from './src/codes/index.ts';`);
    for (const remediation of REMEDIATIONS) expect(text.includes(remediation), remediation).toBe(true);
  });
});
