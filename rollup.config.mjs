import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Peer dependencies (react, for codestate/react) stay external too: the app brings its own.
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
// xstate, xstate/*, valibot, ... stay external in the ESM/CJS builds so apps deduplicate them.
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)) || id.startsWith('node:');

/** One line per public entry point: `exports["./<name>"]` maps to `dist/<name>.js`. */
export const entries = {
  index: 'src/index.ts',
  codes: 'src/codes/index.ts',
  centrifugo: 'src/protocols/centrifugo/index.ts',
  // The fossil delta codec: its own entry, so sessions without `delta` do not ship it.
  'centrifugo-fossil': 'src/protocols/centrifugo/fossil/index.ts',
  // The `debug` option's hooks (redaction, transition lines): optional, so an entry of its own.
  'centrifugo-debug': 'src/protocols/centrifugo/debug/index.ts',
  nats: 'src/protocols/nats/index.ts',
  'nats-auth': 'src/protocols/nats/auth/index.ts',
  machines: 'src/machines/index.ts',
  cli: 'src/cli/main.ts',
  celeriant: 'src/protocols/celeriant/index.ts',
  jetstream: 'src/protocols/nats/jetstream/index.ts',
  share: 'src/share/index.ts',
  react: 'src/react/index.ts',
};

// ESM and CJS: one file per entry point plus shared chunks (rollup's default chunking), so
// importing `codestate/centrifugo` in Node loads a handful of files instead of one per source
// module (94 before: most of a cold start). Bundlers still drop what an app does not use: the
// package is `sideEffects: false` and the catalog's documentation is pure data (`/* @__PURE__ */`
// where it is built by a call), so it is shaken out statement by statement inside a chunk
// (test/package/distTreeShaking.test.ts checks it on the built files).
/**
 * The catalog is cut into chunks by layer, so no app loads the documentation text it does not use:
 * the documentation (*Docs.ts rows, their sources, `catalog`, `explain`) in one chunk, each
 * protocol's rules in another, the shared verdict helpers in a third. Left to itself, rollup puts
 * `classify` and the documentation in one chunk (both are reachable from the same entries), where
 * the documentation's object spreads and `Object.freeze` calls are statements a bundler must keep.
 * The layers only import downwards (docs -> rules -> core), so the chunks have no cycles.
 */
function manualChunks(id) {
  const path = id.replaceAll('\\', '/');
  // What every session shares (machines, session core, transports) is one chunk: Node 20 spends
  // about 1.5 ms of CPU per ES module file it loads, so fewer, larger chunks start faster, and a
  // bundler still drops what an app does not use statement by statement (the setups are pure).
  // The request and breaker machines stay out (and the index files, which would pull them in):
  // their setups call xstate's action creators, which a bundler must keep once their chunk is
  // in, and no session uses them.
  // The banner sentence is all codestate/react needs of the machines: a chunk of its own.
  if (/\/machines\/connection\/describeConnectionStatus\.ts$/.test(path)) return 'describe';
  // Shared by the Centrifugo and NATS frames; named so the Centrifugo chunk below does not take it
  // in (rollup puts unassigned dependencies into the manual chunk that imports them first).
  if (/\/src\/frames\/objectSchemas\.ts$/.test(path)) return 'objectSchemas';
  // The Centrifugo session and the transports codestate/centrifugo exports beside it load
  // together: one file instead of two (the subpaths fossil and debug keep their own).
  if (/\/src\/protocols\/centrifugo\/(?!fossil\/|debug\/|index\.ts$)/.test(path)) return 'centrifugo';
  if (
    /\/src\/(machines|protocols\/shared|transports)\//.test(path) &&
    !/\/machines\/(request|breaker|consumer)\/|\/index\.ts$/.test(path) &&
    // The subscription charts as exported constants are for codestate/machines users: a chart
    // constant is built when its chunk loads (about 1 ms each). Sessions run the lean chart,
    // built at their first subscription (leanSubscriptionChart), and never the driver variant.
    !/\/machines\/subscription\/(subscriptionMachine|createSubscriptionMachine|leanSubscriptionMachine)\.ts$/.test(
      path,
    )
  )
    return 'runtime';
  // JetStream's rows, documentation and remediation stay together: codestate/jetstream reads its
  // remediation text, and in the shared documentation chunk it would pull every protocol's docs.
  if (path.includes('/src/codes/nats/jetStream/')) return 'codes-jetstream';
  const codes = /\/src\/codes\/(?:(\w+)\/)?(\w+)\.ts$/.exec(path);
  if (!codes) return undefined;
  const [, protocol, name = ''] = codes;
  if (/(Docs|Sources)$|^(catalog|catalogEntries|explain|describeAction)$/.test(name)) return 'catalogDocs';
  // Centrifugo <= v3.1 rows: only the catalog and classifyCentrifugoLegacy read them.
  if (protocol === 'centrifugo' && /^(legacy|allCentrifugoRules$|classifyCentrifugoLegacy$)/.test(name))
    return 'codes-centrifugo-legacy';
  if (protocol) return `codes-${protocol}`;
  if (
    /^(classifyLocal|codeIndex|denseCodeTable|override|verdictFrom|verdictTemplate|types|createProtocolClassifier)$/.test(
      name,
    )
  )
    return 'codes-core';
  return undefined;
}

const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
  });

export default [
  {
    input: entries,
    external,
    plugins: [ts()],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks,
        sourcemap: true,
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
        manualChunks,
        exports: 'named',
        sourcemap: true,
      },
    ],
  },
  // One UMD per protocol for a page that talks to one kind of server (only what its session needs),
  // and one of the catalog alone.
  ...[
    ['centrifugo', 'CodestateCentrifugo'],
    ['nats', 'CodestateNats'],
    ['codes', 'CodestateCodes'],
  ].map(([protocol, name]) => ({
    input: `src/umd/${protocol}.ts`,
    plugins: [nodeResolve({ browser: true, exportConditions: ['module', 'import', 'default'] }), ts()],
    output: [
      {
        file: `dist/codestate-${protocol}.umd.js`,
        format: 'umd',
        name,
        sourcemap: true,
        sourcemapExcludeSources: true,
        plugins: [terser()],
      },
    ],
  })),
  {
    // Self-contained UMD for <script> tags (global `Codestate`), exposed via unpkg/jsdelivr only.
    input: 'src/umd.ts',
    plugins: [nodeResolve({ browser: true, exportConditions: ['module', 'import', 'default'] }), ts()],
    output: [
      {
        file: 'dist/codestate.umd.js',
        format: 'umd',
        name: 'Codestate',
        sourcemap: true,
        sourcemapExcludeSources: true,
        plugins: [terser()],
      },
    ],
  },
  {
    input: Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'cli')),
    external,
    plugins: [dts({ tsconfig: './tsconfig.build.json' })],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].d.ts',
        chunkFileNames: 'chunks/[name]-[hash].d.ts',
      },
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].d.cts',
        chunkFileNames: 'chunks/[name]-[hash].d.cts',
      },
    ],
  },
];
