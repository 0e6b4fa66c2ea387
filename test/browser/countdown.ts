import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seenTexts, waitForSeen } from './seenTexts.ts';

/** The seconds of every "Reconnecting in N s (attempt `attempt`)" text in `texts`, in order. */
export function countdownSeconds(texts: readonly string[], attempt: number): number[] {
  const pattern = new RegExp(`^Reconnecting in (\\d+) s \\(attempt ${attempt}\\)$`);
  return texts.flatMap((text) => {
    const match = pattern.exec(text);
    return match ? [Number(match[1])] : [];
  });
}

/**
 * Waits until `#message` has counted down at least one second for `attempt` and checks the
 * countdown by its shape, not by the exact second a loaded machine happens to render: every text
 * has the banner's format, the first is at most `fromSeconds`, and the seconds only go down.
 * Returns the seconds seen.
 */
export async function expectLiveCountdown(
  page: Page,
  attempt: number,
  fromSeconds: number,
): Promise<number[]> {
  const first = await waitForSeen(
    page,
    '#message',
    new RegExp(`^Reconnecting in \\d+ s \\(attempt ${attempt}\\)$`),
  );
  const start = Number(/in (\d+) s/.exec(first)?.[1]);
  expect(start).toBeGreaterThanOrEqual(1);
  expect(start).toBeLessThanOrEqual(fromSeconds);
  // The countdown is live: it goes down without any event from the server.
  const below = `(${Array.from({ length: start }, (_, i) => i).join('|')})`;
  await waitForSeen(page, '#message', new RegExp(`^Reconnecting in ${below} s \\(attempt ${attempt}\\)$`));
  const seconds = countdownSeconds(await seenTexts(page, '#message'), attempt);
  expect(seconds[0]).toBe(start);
  for (let i = 1; i < seconds.length; i++) expect(seconds[i]).toBeLessThan(seconds[i - 1] as number);
  return seconds;
}
