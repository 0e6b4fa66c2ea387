import type { Page } from 'playwright-core';
import { BROWSER_WAIT_MS } from './chromium.ts';

/**
 * Records, inside the page, every distinct text the elements matching `selectors` show, in order
 * (a MutationObserver installed before the page's scripts run). Tests then wait on what the page
 * showed, not on what it shows at the instant a slow test process looks: a state that lasted
 * 300 ms is still seen when the machine is loaded. Call before `page.goto`.
 */
export async function recordTexts(page: Page, selectors: readonly string[]): Promise<void> {
  await page.addInitScript((tracked: readonly string[]) => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const record = () => {
      for (const selector of tracked) {
        const text = document.querySelector(selector)?.textContent;
        if (text === undefined || text === null) continue;
        const list = seen[selector] ?? [];
        seen[selector] = list;
        if (list[list.length - 1] !== text) list.push(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  }, selectors);
}

/** Every distinct text `selector` showed since the page loaded (or since {@link forgetSeen}). */
export function seenTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) => [...((window as unknown as { __seen: Record<string, string[]> }).__seen[sel] ?? [])],
    selector,
  );
}

/** Forgets what was recorded so far, so a later wait only matches texts shown after this call. */
export function forgetSeen(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __seen: Record<string, string[]> }).__seen;
    for (const key of Object.keys(seen)) seen[key] = [];
  });
}

/** Waits until `selector` has shown a text matching `pattern` (source only, no flags) and returns it. */
export async function waitForSeen(page: Page, selector: string, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ([sel, source]) =>
      (window as unknown as { __seen: Record<string, string[]> }).__seen[sel as string]?.find((text) =>
        new RegExp(source as string).test(text),
      ),
    [selector, pattern.source],
    { timeout: BROWSER_WAIT_MS },
  );
  return (await handle.jsonValue()) as string;
}
