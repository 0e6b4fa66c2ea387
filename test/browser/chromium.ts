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

/** Starts Debian's Chromium through playwright-core (no downloaded browser builds here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** The rendered text of the first element matching `selector`. */
export const textOf = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

/**
 * Waits (up to 10 s) until the element's text matches `pattern`, then returns that text. The pattern
 * is sent as source, so it must not rely on flags.
 */
export async function waitForText(page: Page, selector: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ([sel, source]) =>
      new RegExp(source as string).test(document.querySelector(sel as string)?.textContent ?? ''),
    [selector, pattern.source],
    { timeout: 10_000 },
  );
  return textOf(page, selector);
}
