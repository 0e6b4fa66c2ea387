import type {
  CentrifugoTransportKind,
  EventSourceConstructor,
  EventSourceLike,
} from './CentrifugoTransport.ts';
import { createEmulationSender } from './createEmulationSender.ts';
import { resolveEndpoint } from './resolveEndpoint.ts';

const eventSourceOf = (injected: EventSourceConstructor | undefined) =>
  injected ?? (globalThis as { EventSource?: EventSourceConstructor }).EventSource;
const fetchOf = (injected: typeof fetch | undefined) =>
  injected ?? (globalThis as { fetch?: typeof fetch }).fetch;

/** What an `EventSource` error event says (the `eventsource` package adds a message and code). */
function errorText(event: unknown, opened: boolean): string {
  const message = (event as { message?: unknown } | null)?.message;
  // The URL holds the connect command and its token: a message that quotes it is not repeated.
  if (typeof message === 'string' && message !== '' && !message.includes('cf_connect')) return message;
  return opened ? 'stream ended' : 'EventSource failed to open';
}

/**
 * Centrifugo's SSE transport with bidirectional emulation (JSON protocol). A GET to the endpoint
 * with the connect command in the `cf_connect` query parameter opens an `EventSource`; each event
 * carries replies and pushes; later commands go to the emulation endpoint (like
 * `httpStreamTransport`). The `EventSource` never reconnects on its own: an error ends the
 * transport and the session's backoff decides. Node 20 has no `EventSource`: pass one (e.g.
 * `import { EventSource } from 'eventsource'`) as the session's `EventSource` option.
 */
export const sseTransport: CentrifugoTransportKind = {
  name: 'sse',
  emulation: true,
  supported: (deps) =>
    typeof eventSourceOf(deps.EventSource) === 'function' &&
    typeof fetchOf(deps.fetch) === 'function' &&
    typeof AbortController === 'function',
  open(endpoint, connectFrame, deps, handlers) {
    const abort = new AbortController();
    let done = false;
    let opened = false;
    let source: ReturnType<typeof createSource>;
    const finish = (reason: string) => {
      if (done) return;
      done = true;
      abort.abort();
      source?.close();
      handlers.onClose({ reason, neverOpened: !opened });
    };
    const createSource = () => {
      const url = resolveEndpoint(endpoint);
      if (!url) throw new Error(`invalid SSE endpoint ${endpoint}`);
      url.searchParams.append('cf_connect', connectFrame);
      const Source = eventSourceOf(deps.EventSource) as EventSourceConstructor;
      return new Source(url.toString()) as EventSourceLike;
    };
    const sender = createEmulationSender(
      fetchOf(deps.fetch) as typeof fetch,
      endpoint,
      deps.emulationEndpoint,
      abort.signal,
      finish,
    );
    try {
      source = createSource();
    } catch (error) {
      queueMicrotask(() => finish(error instanceof Error ? error.message : 'EventSource failed'));
      return {
        send: () => false,
        close() {
          done = true;
        },
      };
    }
    source.onopen = () => {
      if (done) return;
      opened = true;
      handlers.onOpen();
    };
    source.onmessage = (event) => {
      if (!done) handlers.onMessage(event.data);
    };
    // An EventSource would reconnect by itself after an error: close it, the session decides.
    source.onerror = (event) => finish(errorText(event, opened));
    return {
      send: (text) => !done && sender.post(text),
      bind: sender.bind,
      close() {
        done = true;
        abort.abort();
        source.close();
      },
    };
  },
};
