import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { BROWSER_WAIT_MS, launchChromium } from './chromium.ts';

const UMD = 'dist/codestate-centrifugo.umd.js';

/** What the Centrifugo UMD bundle puts on `window.CodestateCentrifugo` (types only). */
type CentrifugoApi = typeof import('../../src/protocols/centrifugo/index.ts');

let peer: CentrifugoPeer;
/** Uncaught errors of every page: none is expected. */
const pageErrors: string[] = [];
let browser: Browser;

beforeAll(async () => {
  // CI builds before testing; fail loudly (not skip) when the bundle is missing.
  if (!existsSync(UMD)) throw new Error(`${UMD} is missing: run "npm run build" first.`);
  peer = await startCentrifugoPeer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await peer?.close();
});

/** What the page reports (kept on `window.report`). */
interface Report {
  /** Each transport a `connected` status named, once. */
  transports: string[];
  fallback: { from: string; to: string; reason: string } | null;
  publications: unknown[];
}

/**
 * Opens a page with the Centrifugo UMD bundle and starts a session over the peer with the
 * browser's own WebSocket, fetch, ReadableStream and EventSource (nothing injected).
 */
async function startPage(id: string, order: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addScriptTag({ path: UMD });
  const entries = order.map((name) => ({ name, endpoint: peer.urlFor(id, name as 'websocket') }));
  await page.evaluate(
    ({ entries, emulationEndpoint }) => {
      const api = (window as unknown as { CodestateCentrifugo: CentrifugoApi }).CodestateCentrifugo;
      const kinds = {
        websocket: 'websocket' as const,
        http_stream: api.httpStreamTransport,
        sse: api.sseTransport,
      };
      const report = {
        transports: [] as string[],
        fallback: null as unknown,
        publications: [] as unknown[],
      };
      (window as unknown as { report: typeof report }).report = report;
      const session = api.createCentrifugoSession({
        transports: entries.map((e) => ({
          transport: kinds[e.name as keyof typeof kinds],
          endpoint: e.endpoint,
        })),
        emulationEndpoint,
      });
      session.on('status', (s) => {
        if (s.state === 'connected' && !report.transports.includes(s.transport))
          report.transports.push(s.transport);
        report.fallback = s.transportFallback;
      });
      session.subscribe('news').on('publication', (p) => report.publications.push(p.data));
      session.connect();
      (window as unknown as { session: typeof session }).session = session;
    },
    { entries, emulationEndpoint: peer.emulationUrl },
  );
  return page;
}

const reportOf = (page: Page) => page.evaluate(() => (window as unknown as { report: Report }).report);

describe('Centrifugo transports in headless Chromium (UMD bundle, the browser own fetch and EventSource)', () => {
  it.each(['http_stream', 'sse'])(
    'falls back from a refused WebSocket to %s and receives publications',
    async (name) => {
      const id = `browser-${name}`;
      peer.queue(id, [
        {
          steps: [
            { waitFor: 'subscribe' },
            { send: [{ push: { channel: 'news', pub: { data: { n: 1 }, offset: 1 } } }] },
          ],
        },
      ]);
      peer.reject('websocket', 503);
      const page = await startPage(id, ['websocket', name]);
      try {
        await page.waitForFunction(
          () => (window as unknown as { report: Report }).report.publications.length === 1,
          undefined,
          {
            timeout: BROWSER_WAIT_MS,
          },
        );
        const report = await reportOf(page);
        expect(report.transports).toEqual([name]);
        expect(report.fallback).toMatchObject({ from: 'websocket', to: name });
        expect(report.publications).toEqual([{ n: 1 }]);
        expect(peer.connectionsOf(id).map((c) => c.channel.transport)).toEqual([name]);
        // The subscribe reached the peer through the emulation endpoint, from the page.
        expect(peer.connectionsOf(id)[0]?.commands.map((c) => c.kind)).toEqual(['connect', 'subscribe']);
        await page.evaluate(() => (window as unknown as { session: { stop(): void } }).session.stop());
        await peer.connectionsOf(id)[0]?.closed;
        expect(pageErrors).toEqual([]);
      } finally {
        peer.reject('websocket', undefined);
        await page.close();
      }
    },
    180_000,
  );
});
