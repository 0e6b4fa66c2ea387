import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveReactBanner } from '../../examples/react-banner/serveReactBanner.ts';
import type { StaticSite } from '../../examples/serveFiles.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { launchChromium, textOf, waitForText } from './chromium.ts';
import { expectLiveCountdown } from './countdown.ts';
import { forgetSeen, recordTexts, waitForSeen } from './seenTexts.ts';

let peer: CentrifugoPeer;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  // Builds the bundle from src/ first, so this test needs no `npm run build`.
  site = await serveReactBanner();
  peer = await startCentrifugoPeer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await peer?.close();
});

const BACKOFF_MS = 30_000;
const subscribed = { '*': { result: { recoverable: true, epoch: 'E', offset: 0 } } };

describe('React reconnect banner (@xstate/react, esbuild bundle, headless Chromium)', () => {
  it('counts down per attempt, retries on click, and ends on 3500', async () => {
    mkdirSync('test-results', { recursive: true });
    peer.queue('react', [
      {
        subscribe: subscribed,
        steps: [
          { waitFor: 'subscribe' },
          { send: [{ push: { channel: 'news', pub: { data: { headline: 'hello' }, offset: 1 } } }] },
          { wait: 300 },
          { close: 3001, reason: 'shutdown' },
        ],
      },
      // Nothing is answered and the server shuts down again: a second failed attempt.
      {
        connect: { ignore: true },
        subscribe: { '*': { ignore: true } },
        steps: [{ wait: 200 }, { close: 3001, reason: 'shutdown' }],
      },
      {
        subscribe: subscribed,
        steps: [{ waitFor: 'subscribe' }, { wait: 300 }, { close: 3500, reason: 'invalid token' }],
      },
    ]);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await recordTexts(page, ['#message', '#subscription']);
    // A long fixed wait: the retry button is clicked long before it runs out, however slow the machine.
    const query = new URLSearchParams({ url: peer.urlFor('react'), backoff: String(BACKOFF_MS) });
    await page.goto(`${site.url}?${query}`);

    // The connection lasts only 300 ms: wait on what the page showed, not on what it shows now.
    await waitForSeen(page, '#message', /^Connected$/);
    await waitForSeen(page, '#subscription', /^subscribed$/);
    await waitForText(page, '#publication', /hello/);

    await expectLiveCountdown(page, 1, BACKOFF_MS / 1000);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('reconnecting');
    expect(await textOf(page, '#cause')).toContain('3001');
    // Connection loss moves the subscription back to subscribing.
    await waitForSeen(page, '#subscription', /^subscribing$/);
    await page.locator('#retry').click();

    // The retried connection failed too: a new countdown for attempt 2.
    await expectLiveCountdown(page, 2, BACKOFF_MS / 1000);
    await page.screenshot({ path: 'test-results/react-banner-reconnecting.png' });
    expect(peer.connectionsOf('react')).toHaveLength(2);
    await page.locator('#retry').click();

    await waitForText(page, '#message', /^Session ended: invalid token$/);
    expect(await page.locator('#retry').count()).toBe(0);
    expect(await page.locator('#reconnect').isVisible()).toBe(true);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('closed');
    expect(await textOf(page, '#cause')).toContain('3500');
    expect(peer.connectionsOf('react')).toHaveLength(3);
    // The retry resubscribed with the recovery position of the publication the page showed.
    const resubscribe = peer.connectionsOf('react')[2]?.commands.find((c) => c.kind === 'subscribe');
    expect(resubscribe?.body).toMatchObject({ channel: 'news', recover: true, offset: 1, epoch: 'E' });
    await page.screenshot({ path: 'test-results/react-banner-session-ended.png' });

    // A terminal close waits for the app: "Connect again" starts a new session (the peer's default script).
    await forgetSeen(page);
    await page.locator('#reconnect').click();
    await waitForSeen(page, '#message', /^Connected$/);
    await waitForSeen(page, '#subscription', /^subscribed$/);
    expect(peer.connectionsOf('react')).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
