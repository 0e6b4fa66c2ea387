import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveReactBanner } from '../../examples/react-banner/serveReactBanner.ts';
import type { StaticSite } from '../../examples/serveFiles.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { launchChromium, textOf, waitForText } from './chromium.ts';

let peer: CentrifugoPeer;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  // Builds the bundle from src/ first, so this test needs no `npm run build`.
  site = await serveReactBanner();
  peer = await startCentrifugoPeer();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await peer?.close();
});

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
    // A fixed 4 s wait makes the countdown's seconds predictable: 4, then 3, 2, 1.
    const query = new URLSearchParams({ url: peer.urlFor('react'), backoff: '4000' });
    await page.goto(`${site.url}?${query}`);

    await waitForText(page, '#message', /^Connected$/);
    await waitForText(page, '#subscription', /^subscribed$/);
    expect(await textOf(page, '#publication')).toContain('hello');

    const first = await waitForText(page, '#message', /^Reconnecting in \d s \(attempt 1\)$/);
    const seconds = Number(/in (\d) s/.exec(first)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(4);
    expect(await page.locator('#banner').getAttribute('data-state')).toBe('reconnecting');
    expect(await textOf(page, '#cause')).toContain('3001');
    // Connection loss moves the subscription back to subscribing.
    await waitForText(page, '#subscription', /^subscribing$/);
    // The countdown is live: it goes down without any event from the server.
    if (seconds > 1) await waitForText(page, '#message', new RegExp(`^Reconnecting in ${seconds - 1} s`));
    await page.locator('#retry').click();

    // The retried connection failed too: a new countdown for attempt 2.
    await waitForText(page, '#message', /^Reconnecting in 3 s \(attempt 2\)$/);
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
    await page.locator('#reconnect').click();
    await waitForText(page, '#message', /^Connected$/);
    await waitForText(page, '#subscription', /^subscribed$/);
    expect(peer.connectionsOf('react')).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
