import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBundleBuilt, serveBanner } from '../../examples/browser-banner/serveBanner.ts';
import type { StaticSite } from '../../examples/serveFiles.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { launchChromium, waitForText } from './chromium.ts';
import { expectLiveCountdown } from './countdown.ts';
import { recordTexts, waitForSeen } from './seenTexts.ts';

let peer: CentrifugoPeer;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  // CI builds before testing; fail loudly (not skip) when the bundle is missing.
  assertBundleBuilt();
  peer = await startCentrifugoPeer();
  site = await serveBanner();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await peer?.close();
});

const BACKOFF_MS = 30_000;

describe('browser reconnect banner (UMD bundle in headless Chromium)', () => {
  it('shows the countdown after 3001, retries on click, and ends on 3500', async () => {
    mkdirSync('test-results', { recursive: true });
    peer.queue('banner', [
      {
        subscribe: { '*': { result: { recoverable: true, epoch: 'E', offset: 0 } } },
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'news', pub: { data: { headline: 'hello' }, offset: 1 } } }] },
          { wait: 300 },
          { close: 3001, reason: 'shutdown' },
        ],
      },
      { steps: [{ waitFor: 'subscribe' }, { wait: 300 }, { close: 3500, reason: 'invalid token' }] },
    ]);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await recordTexts(page, ['#message', '#subscription']);
    // A long fixed wait: the retry button is clicked long before it runs out, however slow the machine.
    const query = new URLSearchParams({ url: peer.urlFor('banner'), backoff: String(BACKOFF_MS) });
    await page.goto(`${site.url}?${query}`);

    // The connection lasts only 300 ms: wait on what the page showed, not on what it shows now.
    await waitForSeen(page, '#message', /^Connected$/);
    await waitForSeen(page, '#subscription', /^subscribed$/);
    await waitForText(page, '#publication', /hello/);

    await expectLiveCountdown(page, 1, BACKOFF_MS / 1000);
    expect(await page.locator('#retry').isVisible()).toBe(true);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('reconnecting');
    await page.screenshot({ path: 'test-results/banner-reconnecting.png' });

    await page.locator('#retry').click();
    await waitForText(page, '#message', /^Session ended: invalid token$/);
    expect(await page.locator('#retry').isVisible()).toBe(false);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('closed');
    expect(peer.connectionsOf('banner')).toHaveLength(2);
    await page.screenshot({ path: 'test-results/banner-session-ended.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
