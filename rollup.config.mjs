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
  nats: 'src/protocols/nats/index.ts',
  machines: 'src/machines/index.ts',
  cli: 'src/cli/main.ts',
  celeriant: 'src/protocols/celeriant/index.ts',
  share: 'src/share/index.ts',
  react: 'src/react/index.ts',
};

// ESM and CJS keep one output file per source module (preserveModules): with `sideEffects: false`
// an app's bundler then drops whole modules it does not use, e.g. the catalog's documentation text
// when it only classifies. Shared chunks would mix them and keep the text alive.
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
        preserveModules: true,
        preserveModulesRoot: 'src',
        sourcemap: true,
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
        preserveModules: true,
        preserveModulesRoot: 'src',
        exports: 'named',
        sourcemap: true,
      },
    ],
  },
  // One UMD per protocol for a page that talks to one kind of server (only what its session needs).
  ...[
    ['centrifugo', 'CodestateCentrifugo'],
    ['nats', 'CodestateNats'],
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
