import { resolveEndpoint } from './resolveEndpoint.ts';

/** Posts commands to Centrifugo's emulation endpoint for one stream. */
export interface EmulationSender {
  /** Remembers the session and node ids of the connect reply. */
  bind(session: string, node: string): void;
  /** Posts `{session, node, data}`; false before `bind`. */
  post(data: string): boolean;
}

/** Frees a body nobody reads (a web stream, or a fetch polyfill's Node stream) for the pool. */
function releaseBody(body: unknown): void {
  const stream = body as { cancel?: () => Promise<void>; destroy?: () => void } | null | undefined;
  try {
    if (typeof stream?.cancel === 'function') stream.cancel().catch(() => {});
    else stream?.destroy?.();
  } catch {
    // A body that cannot be released is left to the garbage collector.
  }
}

/**
 * Builds the sender of one HTTP-stream or SSE connection. As centrifuge-js: every command batch is
 * one POST of `{session, node, data}` (JSON protocol: `data` is the newline-joined commands);
 * replies come back on the stream. A 404 (the node lost the session, e.g. restarted), a 5xx or a
 * request that failed to go out ends the transport (`fail`) so the session reconnects at once
 * instead of waiting for reply timeouts; other statuses drop only that batch (its calls time out).
 */
export function createEmulationSender(
  fetchFn: typeof fetch,
  endpoint: string,
  emulationEndpoint: string,
  signal: AbortSignal,
  fail: (reason: string) => void,
): EmulationSender {
  let session = '';
  let node = '';
  const url = resolveEndpoint(emulationEndpoint, endpoint)?.toString() ?? emulationEndpoint;
  return {
    bind(nextSession, nextNode) {
      session = nextSession;
      node = nextNode;
    },
    post(data) {
      if (session === '') return false;
      fetchFn(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session, node, data }),
        mode: 'cors',
        credentials: 'same-origin',
        signal,
      }).then(
        (response) => {
          releaseBody(response.body);
          if (response.status === 404 || response.status >= 500)
            fail(`emulation request answered HTTP ${response.status}`);
        },
        () => {
          if (!signal.aborted) fail('emulation request failed');
        },
      );
      return true;
    },
  };
}
