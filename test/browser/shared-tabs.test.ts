import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticSite } from '../../examples/serveFiles.ts';
import { serveSharedTabs } from '../../examples/shared-tabs/serveSharedTabs.ts';
import { type CentrifugoPeer, startCentrifugoPeer } from '../centrifugo/peer/index.ts';
import { BROWSER_WAIT_MS, launchChromium, textOf, waitForText } from './chromium.ts';

let peer: CentrifugoPeer;
let site: StaticSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // Builds the page from src/ first, so this test needs no `npm run build`.
  site = await serveSharedTabs();
  peer = await startCentrifugoPeer();
  browser = await launchChromium();
  context = await browser.newContext();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  await peer?.close();
});

const pub = (offset: number, data: unknown) => ({ push: { channel: 'news', pub: { data, offset } } });
const publicationsOf = (page: Page) =>
  page.locator('#publications li').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
const shareLog = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __shareLog: Array<{ at: number; role: string; state: string }> }).__shareLog,
  );
const waitForPublications = (page: Page, count: number) =>
  page.waitForFunction((n) => document.querySelectorAll('#publications li').length >= n, count, {
    timeout: BROWSER_WAIT_MS,
  });

describe('one connection for three tabs (real Web Locks and BroadcastChannel, headless Chromium)', () => {
  it('one socket at the peer, the same status everywhere, a follower publishes once, handover recovers', async () => {
    peer.queue('tabs', [
      {
        subscribe: { news: { result: { recoverable: true, epoch: 'E', offset: 0 } } },
        steps: [
          // The server's echo of the follower's publish (the scripted peer has no broker).
          { waitFor: 'publish' },
          { send: [pub(1, { n: 1, echo: true })] },
          { wait: 600_000 },
        ],
      },
      {
        subscribe: {
          news: {
            result: {
              recoverable: true,
              epoch: 'E',
              offset: 3,
              was_recovering: true,
              recovered: true,
              // What was published while no tab held a socket, and offset 1 again (the tabs have it).
              publications: [pub(1, { n: 1, echo: true }), pub(2, { n: 2 }), pub(3, { n: 3 })].map(
                (p) => p.push.pub,
              ),
            },
          },
        },
        steps: [{ wait: 600_000 }],
      },
    ]);
    const errors: string[] = [];
    const query = new URLSearchParams({ url: peer.urlFor('tabs'), name: 'shared-tabs-test' });
    const pages: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}?${query}`);
      pages.push(page);
    }
    for (const page of pages) {
      await waitForText(page, '#message', /^Connected$/);
      await waitForText(page, '#subscription', /^subscribed$/);
    }
    expect(peer.connectionsOf('tabs')).toHaveLength(1);
    const roles = await Promise.all(pages.map((page) => textOf(page, '#role')));
    expect([...roles].sort()).toEqual(['follower', 'follower', 'leader']);
    const statuses = await Promise.all(
      pages.map((page) => page.locator('#banner').getAttribute('data-state')),
    );
    expect(statuses).toEqual(['connected', 'connected', 'connected']);
    expect(peer.connectionsOf('tabs')[0]?.commands.filter((c) => c.kind === 'subscribe')).toHaveLength(1);

    // A follower publishes: the leader sends it once, and every tab gets the echo once.
    const follower = pages[roles.indexOf('follower')] as Page;
    await follower.locator('#publish').click();
    await waitForText(follower, '#published', /^published$/);
    for (const page of pages) await waitForPublications(page, 1);
    const publishes = peer.connectionsOf('tabs')[0]?.commands.filter((c) => c.kind === 'publish') ?? [];
    expect(publishes).toHaveLength(1);
    expect(publishes[0]?.body).toMatchObject({ channel: 'news', data: { from: 'follower' } });
    for (const page of pages) expect(await publicationsOf(page)).toEqual(['1 {"n":1,"echo":true}']);

    // Close the leading tab: another takes the lock, connects and resubscribes from offset 1.
    const leader = pages[roles.indexOf('leader')] as Page;
    const rest = pages.filter((page) => page !== leader);
    const closedAt = Date.now();
    await leader.close();
    for (const page of rest) await waitForPublications(page, 3);
    for (const page of rest) await waitForText(page, '#message', /^Connected$/);
    expect(peer.connectionsOf('tabs')).toHaveLength(2);
    const resubscribe = peer.connectionsOf('tabs')[1]?.commands.filter((c) => c.kind === 'subscribe') ?? [];
    expect(resubscribe).toHaveLength(1);
    expect(resubscribe[0]?.body).toMatchObject({ channel: 'news', recover: true, offset: 1, epoch: 'E' });
    const expected = ['1 {"n":1,"echo":true}', '2 {"n":2}', '3 {"n":3}'];
    for (const page of rest) {
      expect(await publicationsOf(page)).toEqual(expected);
      expect(await textOf(page, '#subscription')).toBe('subscribed');
    }
    const newRoles = await Promise.all(rest.map((page) => textOf(page, '#role')));
    expect([...newRoles].sort()).toEqual(['follower', 'leader']);

    // The handover, as events: the new leader's tab went leader, then connected.
    const newLeader = rest[newRoles.indexOf('leader')] as Page;
    const log = (await shareLog(newLeader)).filter((entry) => entry.at >= closedAt);
    const firstLeader = log.findIndex((entry) => entry.role === 'leader');
    expect(firstLeader).toBeGreaterThanOrEqual(0);
    const connected = log.slice(firstLeader).find((entry) => entry.state === 'connected');
    expect(connected).toBeDefined();
    // A measured figure for the report (the goal is two seconds), not an assertion on time.
    const handoverMs = (connected?.at ?? 0) - closedAt;
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/shared-tabs-handover.json', `${JSON.stringify({ handoverMs }, null, 2)}\n`);
    console.log(`shared tabs: leader closed -> new leader connected in ${handoverMs} ms`);
    await newLeader.screenshot({ path: 'test-results/shared-tabs-after-handover.png' });
    expect(errors).toEqual([]);
    for (const page of rest) await page.close();
  }, 240_000);

  it('a crashed leader and a frozen leader hand over too; a resumed tab follows', async () => {
    const errors: string[] = [];
    const query = new URLSearchParams({ url: peer.urlFor('crash'), name: 'shared-tabs-crash' });
    const pages: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${site.url}?${query}`);
      await waitForText(page, '#message', /^Connected$/);
      pages.push(page);
    }
    const leaderAmong = async (candidates: Page[]) => {
      const roles = await Promise.all(candidates.map((page) => textOf(page, '#role')));
      expect(roles.filter((role) => role === 'leader')).toHaveLength(1);
      return candidates[roles.indexOf('leader')] as Page;
    };
    expect(peer.connectionsOf('crash')).toHaveLength(1);

    // A fourth tab alone on its channel crashes: the leader learns it from the tab's presence lock
    // (no goodbye message was sent) and unsubscribes the channel nobody wants any more.
    const solo = await context.newPage();
    await solo.goto(
      `${site.url}?${new URLSearchParams({ url: peer.urlFor('crash'), name: 'shared-tabs-crash', channel: 'solo' })}`,
    );
    await waitForText(solo, '#subscription', /^subscribed$/);
    expect(await textOf(solo, '#role')).toBe('follower');
    const first = peer.connectionsOf('crash')[0];
    expect(first?.commands.filter((c) => c.kind === 'subscribe').map((c) => c.body.channel)).toEqual([
      'news',
      'solo',
    ]);
    const soloCdp = await context.newCDPSession(solo);
    void soloCdp.send('Page.crash').catch(() => {}); // no answer comes from a crashed page
    await first?.waitFor('unsubscribe');
    expect(first?.commands.filter((c) => c.kind === 'unsubscribe').map((c) => c.body.channel)).toEqual([
      'solo',
    ]);
    await solo.close().catch(() => {});

    // The renderer of the leading tab crashes: the browser frees its lock.
    const crashed = await leaderAmong(pages);
    const cdp = await context.newCDPSession(crashed);
    // The answer never comes (the session dies with the page): don't wait for it.
    void cdp.send('Page.crash').catch(() => {});
    const survivors = pages.filter((page) => page !== crashed);
    await peer.waitForConnections(2, 'crash');
    for (const page of survivors) await waitForText(page, '#message', /^Connected$/);
    const second = await leaderAmong(survivors);

    // The new leader is frozen. Headless Chromium does not fire `freeze` for CDP's
    // Page.setWebLifecycleState, so the page's own lifecycle events are dispatched: the session
    // steps down on `freeze` and queues for the lock again on `resume`.
    await second.evaluate(() => document.dispatchEvent(new Event('freeze')));
    const last = survivors.find((page) => page !== second) as Page;
    await peer.waitForConnections(3, 'crash');
    await waitForText(last, '#role', /^leader$/);
    await waitForText(last, '#message', /^Connected$/);
    await second.evaluate(() => document.dispatchEvent(new Event('resume')));
    await waitForText(second, '#role', /^follower$/);
    await waitForText(second, '#message', /^Connected$/);
    expect(peer.connectionsOf('crash')).toHaveLength(3);
    expect(errors).toEqual([]);
    for (const page of survivors) await page.close();
    await crashed.close().catch(() => {});
  }, 240_000);
});
