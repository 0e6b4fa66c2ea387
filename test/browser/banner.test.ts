import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBundleBuilt, serveBanner } from '../../examples/browser-banner/serveBanner.ts';
import type { StaticSite } from '../../examples/serveFiles.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { launchChromium, textOf, waitForText } from './chromium.ts';

let peer: CentrifugoPeer;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  // CI builds before testing; fail loudly (not skip) when the bundle is missing.
  assertBundleBuilt();
  peer = await startCentrifugoPeer();
  site = await serveBanner();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await peer?.close();
});

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
    const query = new URLSearchParams({ url: peer.urlFor('banner'), backoff: '4000' });
    await page.goto(`${site.url}?${query}`);

    await waitForText(page, '#message', /^Connected$/);
    await waitForText(page, '#subscription', /^subscribed$/);
    expect(await textOf(page, '#publication')).toContain('hello');

    const reconnecting = await waitForText(page, '#message', /^Reconnecting in \d+ s \(attempt 1\)$/);
    const firstSeconds = Number(/in (\d+) s/.exec(reconnecting)?.[1]);
    expect(firstSeconds).toBeGreaterThanOrEqual(1);
    expect(firstSeconds).toBeLessThanOrEqual(4);
    expect(await page.locator('#retry').isVisible()).toBe(true);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('reconnecting');
    await page.screenshot({ path: 'test-results/banner-reconnecting.png' });

    // The countdown is live: it goes down without any event from the server.
    await waitForText(page, '#message', new RegExp(`^Reconnecting in ${firstSeconds - 1} s`));

    await page.locator('#retry').click();
    await waitForText(page, '#message', /^Session ended: invalid token$/);
    expect(await page.locator('#retry').isVisible()).toBe(false);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('closed');
    expect(peer.connectionsOf('banner')).toHaveLength(2);
    await page.screenshot({ path: 'test-results/banner-session-ended.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
