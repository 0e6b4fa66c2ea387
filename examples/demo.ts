/**
 * `npm run demo`: a scripted Centrifugo peer and the reconnect banner, side by side.
 *
 *   npm run demo                          # serve the banner page, print its URL
 *   npm run demo -- --script 3001,3500    # the server closes with these codes, one per connection
 *   npm run demo -- --node                # no browser: print the session's transitions, then exit
 *   npm run demo -- --react               # the React banner (examples/react-banner) instead of the UMD page
 *
 * Each connection of the script gets a publication, then the peer closes it with the next code
 * (and Centrifugo's reason for it). After the last code the connection stays up and publishes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { createCentrifugeBackoff } from '../src/machines/index.ts';
import { createCentrifugoSession } from '../src/protocols/centrifugo/index.ts';
import { type PeerScript, startCentrifugoPeer } from '../test/centrifugo/peer/index.ts';
import { scriptFromCodes } from './browser-banner/scriptFromCodes.ts';
import { serveBanner, UMD_BUNDLE } from './browser-banner/serveBanner.ts';
import { printTimeline } from './printTimeline.ts';
import { serveReactBanner } from './react-banner/serveReactBanner.ts';

/** The embedded default: a shutdown (reconnect), a slow-client kick (reconnect), an invalid token (terminal). */
const DEFAULT_SCRIPT = [3001, 3008, 3500];

const { values } = parseArgs({
  options: {
    script: { type: 'string' },
    node: { type: 'boolean', default: false },
    react: { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    hold: { type: 'string', default: '1500' },
  },
});

const codes = values.script ? values.script.split(',').map((code) => Number(code.trim())) : DEFAULT_SCRIPT;
const bad = codes.filter((code) => !Number.isInteger(code) || code < 3000 || code > 4999);
if (bad.length > 0) {
  console.error(
    `--script takes WebSocket close codes from 3000 to 4999, comma-separated; got ${bad.join(', ')}.`,
  );
  process.exit(2);
}

const scripts = scriptFromCodes(codes, { holdMs: Number(values.hold) });
const tail = scripts.at(-1) as PeerScript;
const peer = await startCentrifugoPeer({ fallback: tail });
const replay = () => {
  peer.forget('demo');
  peer.queue('demo', scripts);
};
replay();
const wsUrl = peer.urlFor('demo');
console.log(`scripted Centrifugo peer: ${wsUrl}`);
console.log(`script: ${codes.join(' → ')} → stays up`);

if (values.node) {
  const session = createCentrifugoSession({ url: wsUrl, WebSocket, backoff: createCentrifugeBackoff() });
  await printTimeline(session, peer.connectionsOf.bind(null, 'demo'), codes.length);
  session.stop();
  await peer.close();
  process.exit(0);
}

// The UMD page loads the UMD bundle; on a fresh checkout build it once so `npm ci && npm run demo` works.
// The React page is bundled from src/ by esbuild in well under a second, so it is rebuilt every run.
if (!values.react && !existsSync(UMD_BUNDLE)) {
  console.log('dist/codestate.umd.js is missing: running "npm run build" once (about 15 s)...');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; run "npm run build" and look at its errors, or use --node.');
    process.exit(1);
  }
}
const site = await (values.react ? serveReactBanner : serveBanner)(Number(values.port), replay);
const page = `${site.url}?${new URLSearchParams({ url: wsUrl, backoff: '3000' })}`;
console.log(`\nreconnect banner: ${page}\n(reloading the page replays the script; Ctrl-C stops)`);
const stop = async () => {
  await site.close();
  await peer.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
