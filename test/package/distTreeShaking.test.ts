import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookup } from '../../src/codes/catalog.ts';

// The same checks as test/codes/treeShaking.test.ts, on the built package an app really installs:
// rollup's output layout decides whether a bundler can drop the catalog's documentation.
async function bundleText(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const remediation = lookup('centrifugo', 3500, 'disconnect')?.remediation ?? 'missing row';

describe('dist tree shaking', () => {
  beforeAll(() => {
    if (!existsSync('dist/codes.js'))
      throw new Error('dist/ is missing: run `npm run build` before these tests.');
  });

  it.each([
    ["import { classify } from './dist/codes.js'", 'classify'],
    ["import { createCentrifugoSession } from './dist/centrifugo.js'", 'createCentrifugoSession'],
    ["import { createNatsSession } from './dist/nats.js'", 'createNatsSession'],
  ])('%s ships no documentation text', async (statement, name) => {
    const text = await bundleText(`${statement}; export { ${name} };`);
    expect(text.length).toBeGreaterThan(1000);
    expect(text.includes(remediation)).toBe(false);
  });

  it('catalog from dist carries the documentation text', async () => {
    const text = await bundleText("export { catalog } from './dist/codes.js';");
    expect(text.includes(remediation)).toBe(true);
  });

  it('codestate/codes from dist pulls in no xstate', async () => {
    const text = await bundleText("export { classify, catalog } from './dist/codes.js';");
    expect(text.includes('xstate.init')).toBe(false);
    // ...while the machines do carry it, so the marker really identifies xstate's core.
    const machines = await bundleText("export { createConnectionMachine } from './dist/machines.js';");
    expect(machines.includes('xstate.init')).toBe(true);
  });

  it('codestate/nats ships no Ed25519: @nats-io/nkeys comes only with codestate/nats/auth', async () => {
    // A marker of nkeys' own code (its base32 alphabet for seeds and public keys).
    const marker = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const session = await bundleText("export { createNatsSession } from './dist/nats.js';");
    expect(session.includes(marker)).toBe(false);
    const auth = await bundleText("export { credsAuthenticator } from './dist/nats-auth.js';");
    expect(auth.includes(marker)).toBe(true);
  });
});
