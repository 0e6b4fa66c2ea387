/**
 * Browser bundle sizes for the side-by-side bench (issue 10): each bundle is built here with the
 * same esbuild settings the issue names (`--bundle --minify --format=esm --platform=browser`) and
 * measured gzip -9. Sizes are deterministic, so they are measured once per run, not per round.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** gzip -9 bytes of an esbuild browser bundle of `contents` (an ES module, resolved from the repo root). */
export async function bundleGzip(contents: string, plugins: Plugin[] = []): Promise<number> {
  const result = await build({
    plugins,
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (code === undefined) throw new Error('esbuild produced no output');
  return gzipSync(code, { level: 9 }).length;
}

/**
 * Not a shippable build: replaces a protocol's catalog rows (the module that gathers them) by
 * empty lists, to show what the session costs without them. Their documentation text is never
 * in a session bundle anyway.
 */
function withoutRows(file: RegExp, contents: string): Plugin {
  return {
    name: 'without-catalog-rows',
    setup(b) {
      b.onLoad({ filter: file }, () => ({ contents, loader: 'ts' }));
    },
  };
}
const noCentrifugoRows = withoutRows(
  /src\/codes\/centrifugo\/centrifugoRules\.ts$/,
  'export const currentCentrifugoRules = [];',
);
const noNatsRows = withoutRows(
  /src\/codes\/nats\/natsRules\.ts$/,
  'export const natsRules = [], natsErrRules = [], natsCloseReasonRules = [], natsClientErrorRules = [];',
);

/** gzip -9 bytes of a file as it is (a UMD bundle). */
export function fileGzip(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The two charts every session runs, with xstate's interpreter to run them. */
const CHARTS = [
  "export { createConnectionMachine } from './src/machines/connection/createConnectionMachine.ts';",
  "export { leanSubscriptionChart } from './src/machines/subscription/subscription.machine.ts';",
  "export { createActor } from 'xstate';",
].join('\n');
/**
 * What a session is built from besides its protocol's own code (commands, replies, options): the
 * charts, the session core, the subscription table, the protocol's valibot-checked frames and its
 * classifier with the catalog rows it reads. A floor for the bundle goals: no protocol code yet.
 */
const sessionCore = (frames: string, classifier: string) =>
  [
    CHARTS,
    "export { createSessionCore } from './src/protocols/shared/createSessionCore.ts';",
    "export { SubscriptionTable } from './src/protocols/shared/subscriptionTable.ts';",
    frames,
    classifier,
  ].join('\n');
const CENTRIFUGO_CORE = sessionCore(
  "export { decodeCentrifugoFrames } from './src/frames/centrifugo/index.ts';",
  "export { classifyCentrifugo } from './src/codes/centrifugo/classifyCentrifugo.ts';",
);
const NATS_CORE = sessionCore(
  "export { createNatsParser, decodeNatsInfo } from './src/frames/nats/index.ts';",
  "export { classifyNats } from './src/codes/nats/classifyNats.ts';",
);

const CENTRIFUGO_SESSION = "export { createCentrifugoSession } from './src/protocols/centrifugo/index.ts';";
const NATS_SESSION = "export { createNatsSession } from './src/protocols/nats/index.ts';";

/** One measured size: codestate's bundle beside the official client's. */
export interface SizeFigure {
  id: string;
  official: number;
  codestate: number;
}

/**
 * The size figures: Centrifugo and NATS-over-WebSocket app bundles from the source entry points
 * (what an app bundler sees through `exports`), the per-protocol UMD files from `dist/`, and the
 * floors: xstate (the smallest bundle that runs one xstate machine: `setup` + `createActor`), xstate
 * with the two charts, and each session without its protocol code (`sessionCore`).
 */
export async function measureSizes(): Promise<SizeFigure[]> {
  const centrifuge = await bundleGzip("export { Centrifuge } from 'centrifuge';");
  const natsCore = await bundleGzip("export { wsconnect } from '@nats-io/nats-core';");
  return [
    {
      id: 'size-centrifugo',
      official: centrifuge,
      codestate: await bundleGzip(CENTRIFUGO_SESSION),
    },
    {
      id: 'size-nats-ws',
      official: natsCore,
      codestate: await bundleGzip(NATS_SESSION),
    },
    {
      id: 'size-umd-centrifugo',
      official: fileGzip('node_modules/centrifuge/dist/centrifuge.js'),
      codestate: fileGzip('dist/codestate-centrifugo.umd.js'),
    },
    {
      id: 'size-centrifugo-no-catalog',
      official: centrifuge,
      codestate: await bundleGzip(CENTRIFUGO_SESSION, [noCentrifugoRows]),
    },
    {
      id: 'size-nats-no-catalog',
      official: natsCore,
      codestate: await bundleGzip(NATS_SESSION, [noNatsRows]),
    },
    {
      id: 'size-xstate-floor',
      official: centrifuge,
      codestate: await bundleGzip("export { setup, createActor } from 'xstate';"),
    },
    { id: 'size-charts-floor', official: centrifuge, codestate: await bundleGzip(CHARTS) },
    { id: 'size-centrifugo-core-floor', official: centrifuge, codestate: await bundleGzip(CENTRIFUGO_CORE) },
    { id: 'size-nats-core-floor', official: natsCore, codestate: await bundleGzip(NATS_CORE) },
  ];
}
