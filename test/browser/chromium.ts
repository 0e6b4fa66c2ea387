import { type Browser, chromium, type Page } from 'playwright-core';

/** Flags from toolchain.md for headless Chromium in a container (no sandbox, no GPU, no background traffic). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * How long a browser wait may take. Generous on purpose: on a two-core machine that is busy with
 * other work, Chromium, the page and the peer all share the CPU and a render can lag by seconds.
 * Waits end as soon as the page shows what they wait for, so the margin costs nothing when idle.
 */
export const BROWSER_WAIT_MS = 45_000;

/** Starts Debian's Chromium through playwright-core (no downloaded browser builds here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, timeout: 60_000 });
}

/** The rendered text of the first element matching `selector`. */
export const textOf = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

/**
 * Waits until the element's current text matches `pattern`, then returns that text. The pattern
 * is sent as source, so it must not rely on flags. Use it for texts that stay; for texts a page
 * may show only briefly use {@link waitForSeen}.
 */
export async function waitForText(page: Page, selector: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([sel, source]) =>
      new RegExp(source as string).test(document.querySelector(sel as string)?.textContent ?? ''),
    [selector, pattern.source],
    { timeout: BROWSER_WAIT_MS },
  );
  return textOf(page, selector);
}
