/**
 * Polls `check` every few ms until it returns true; fails after `timeoutMs` with `what` in the
 * message. The default leaves the margin a loaded machine needs; it only costs time on failure.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
