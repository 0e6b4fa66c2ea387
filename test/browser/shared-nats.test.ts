import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticSite, serveFiles } from '../../examples/serveFiles.ts';
import { createNatsSession, type NatsSession } from '../../src/protocols/nats/index.ts';
import { startNatsServer, stopAllNatsServers } from '../nats/harness/natsServer.ts';
import { BROWSER_WAIT_MS, launchChromium } from './chromium.ts';

interface View {
  role: string;
  state: string;
  sub: string;
  server: string | null;
  hasInfo: boolean;
  messages: string[];
}

let site: StaticSite;
let browser: Browser;
let context: BrowserContext;
const stoppable: NatsSession[] = [];

beforeAll(async () => {
  const dir = join('test-results', 'shared-nats-page');
  mkdirSync(dir, { recursive: true });
  const script = join(dir, 'page.js');
  const html = join(dir, 'index.html');
  await build({
    entryPoints: ['test/browser/sharedNatsPage.ts'],
    outfile: script,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  writeFileSync(
    html,
    '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script src="page.js"></script>',
  );
  site = await serveFiles({ '/': html, '/page.js': script });
  browser = await launchChromium();
  context = await browser.newContext();
}, 120_000);

afterAll(async () => {
  for (const session of stoppable.splice(0)) session.stop();
  await context?.close();
  await browser?.close();
  await site?.close();
  await stopAllNatsServers();
});

const view = (page: Page) =>
  page.evaluate(() => (window as unknown as { __nats: { view(): View } }).__nats.view());
const waitForView = (page: Page, test: string) =>
  page.waitForFunction(
    (source) =>
      new Function('v', `return ${source}`)(
        (window as unknown as { __nats: { view(): View } }).__nats.view(),
      ),
    test,
    { timeout: BROWSER_WAIT_MS },
  );

describe('one NATS WebSocket for three tabs (real nats-server, headless Chromium)', () => {
  it('one leader, messages once per tab, a follower requests through the leader, handover', async () => {
    const server = await startNatsServer({ websocket: true });
    const outsider = createNatsSession({ servers: server.url });
    stoppable.push(outsider);
    outsider.connect();
    const service = outsider.subscribe('svc.echo');
    service.on('message', (m) => m.reply && outsider.publish(m.reply, `echo:${m.text()}`));

    const query = new URLSearchParams({ url: server.wsUrl, name: 'shared-nats-test' });
    const pages: Page[] = [];
    const errors: string[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}?${query}`);
      pages.push(page);
    }
    for (const page of pages) await waitForView(page, "v.state === 'connected' && v.sub === 'subscribed'");
    const views = await Promise.all(pages.map(view));
    expect(views.map((v) => v.role).sort()).toEqual(['follower', 'follower', 'leader']);
    expect(views.filter((v) => v.hasInfo)).toHaveLength(1);
    expect(new Set(views.map((v) => v.server)).size).toBe(1);

    await outsider.flush();
    outsider.publish('news.a', 'one');
    outsider.publish('news.b', 'two');
    for (const page of pages) await waitForView(page, 'v.messages.length >= 2');
    for (const page of pages) expect((await view(page)).messages).toEqual(['news.a:one', 'news.b:two']);

    const follower = pages[views.findIndex((v) => v.role === 'follower')] as Page;
    const ask = (subject: string) =>
      follower.evaluate(
        (s) =>
          (
            window as unknown as { __nats: { request(s: string, t: string): Promise<string> } }
          ).__nats.request(s, 'x'),
        subject,
      );
    expect(await ask('svc.echo')).toBe('echo:x');
    expect(await ask('nobody.home')).toBe('error:no-responders');

    const leader = pages[views.findIndex((v) => v.role === 'leader')] as Page;
    await leader.close();
    const rest = pages.filter((page) => page !== leader);
    for (const page of rest) await waitForView(page, "v.state === 'connected' && v.sub === 'subscribed'");
    await Promise.race(rest.map((page) => waitForView(page, "v.role === 'leader' && v.hasInfo")));
    // The new leader's SUB is in place once its status says subscribed: publish after it.
    outsider.publish('news.c', 'three');
    for (const page of rest) await waitForView(page, 'v.messages.length >= 3');
    for (const page of rest)
      expect((await view(page)).messages).toEqual(['news.a:one', 'news.b:two', 'news.c:three']);
    expect((await Promise.all(rest.map(view))).map((v) => v.role).sort()).toEqual(['follower', 'leader']);
    expect(errors).toEqual([]);
    for (const page of rest) await page.close();
  }, 240_000);
});
