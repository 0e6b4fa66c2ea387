/**
 * Browser bundle size of NATS over WebSocket: codestate's `createNatsSession` (with xstate and
 * valibot bundled in) vs `export * from "@nats-io/nats-core"` (spec §9's reference), both built
 * here with the same esbuild settings (browser, ESM, minify) and measured raw and gzip -9.
 * Run: `npx tsx bench/nats-bundle-size.bench.ts`.
 */
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/**
 * Lower bound for the catalog's share of a session: replaces the NATS catalog rules (their
 * documentation text already lives apart, in the *Docs.ts files) by an empty table.
 * Not a shippable build; it shows what the rules that stay in the bundle cost.
 */
const withoutCatalogText: Plugin = {
  name: 'without-catalog-text',
  setup(b) {
    b.onLoad({ filter: /src\/codes\/nats\/natsRules\.ts$/ }, () => ({
      contents:
        'export const natsRules = [], natsErrRules = [], natsCloseReasonRules = [], natsClientErrorRules = [];',
      loader: 'ts',
    }));
  },
};

const session = "export { createNatsSession } from './src/protocols/nats/index.ts';";
const entries: [string, string, Plugin[]][] = [
  ['codestate createNatsSession (ws)', session, []],
  ['codestate codestate/nats (all)', "export * from './src/protocols/nats/index.ts';", []],
  ['(lower bound) createNatsSession, NATS rules emptied', session, [withoutCatalogText]],
  ['@nats-io/nats-core (export *)', "export * from '@nats-io/nats-core';", []],
  ['@nats-io/nats-core wsconnect', "export { wsconnect } from '@nats-io/nats-core';", []],
];

const rows = [];
for (const [name, contents, plugins] of entries) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0]!.contents;
  rows.push({ bundle: name, raw: code.length, 'gzip -9': gzipSync(code, { level: 9 }).length });
}
const reference = rows.find((r) => r.bundle === '@nats-io/nats-core (export *)')!['gzip -9'];
console.table(rows.map((r) => ({ ...r, 'vs nats-core': `${(r['gzip -9'] / reference).toFixed(2)}x` })));
