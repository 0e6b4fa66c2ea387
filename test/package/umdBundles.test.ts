import { existsSync, readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

/** Runs a UMD file as a `<script>` would (no module system) and returns the global it defines. */
function loadUmd(file: string, name: string): Record<string, unknown> {
  // What a browser page has that the bundles use at load time.
  const sandbox: Record<string, unknown> = {
    TextEncoder,
    TextDecoder,
    URL,
    queueMicrotask,
    console,
    structuredClone,
  };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  const context = createContext(sandbox);
  runInContext(readFileSync(file, 'utf8'), context);
  const value = sandbox[name];
  if (typeof value !== 'object' || value === null) throw new Error(`${file} defined no global ${name}`);
  return value as Record<string, unknown>;
}

const bundles = [
  {
    file: 'dist/codestate-centrifugo.umd.js',
    name: 'CodestateCentrifugo',
    own: 'createCentrifugoSession',
    other: 'createNatsSession',
  },
  {
    file: 'dist/codestate-nats.umd.js',
    name: 'CodestateNats',
    own: 'createNatsSession',
    other: 'createCentrifugoSession',
  },
];

describe('per-protocol UMD bundles', () => {
  beforeAll(() => {
    if (!existsSync('dist/codestate-centrifugo.umd.js'))
      throw new Error('dist/ is missing: run `npm run build` before these tests.');
  });

  it.each(bundles)(
    '$name has its session and the banner helpers, not the other protocol',
    ({ file, name, own, other }) => {
      const api = loadUmd(file, name);
      expect(typeof api[own]).toBe('function');
      expect(typeof api.describeConnectionStatus).toBe('function');
      expect(typeof api.selectConnectionStatus).toBe('function');
      expect(api[other]).toBeUndefined();
      // The catalog's documentation stays in the full bundle.
      expect(api.explain).toBeUndefined();
    },
  );

  it('CodestateCodes has the catalog with its documentation, and no session', () => {
    const codes = loadUmd('dist/codestate-codes.umd.js', 'CodestateCodes');
    const classify = codes.classify as (signal: unknown) => { rule: string; action: string };
    const verdict = classify({ protocol: 'centrifugo', kind: 'disconnect', code: 3500 });
    expect(verdict.rule).toBe('centrifugo.disconnect.3500');
    expect(verdict.action).toBe('close');
    const explain = codes.explain as (v: unknown) => unknown;
    expect(JSON.stringify(explain(verdict))).toContain('3500');
    expect(codes.createCentrifugoSession).toBeUndefined();
    expect(codes.createNatsSession).toBeUndefined();
  });

  it('each is much smaller than the full bundle, which still has everything', () => {
    const full = loadUmd('dist/codestate.umd.js', 'Codestate');
    expect(typeof full.createCentrifugoSession).toBe('function');
    expect(typeof full.createNatsSession).toBe('function');
    const size = (file: string) => readFileSync(file).length;
    for (const { file } of bundles) expect(size(file)).toBeLessThan(size('dist/codestate.umd.js') / 2);
  });
});
