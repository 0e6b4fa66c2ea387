import type { CentrifugoTransportKind } from './CentrifugoTransport.ts';
import { createEmulationSender } from './createEmulationSender.ts';
import { createLineBuffer } from './createLineBuffer.ts';
import { type ChunkReader, readBody } from './readBody.ts';
import { failureText } from './resolveEndpoint.ts';

const fetchOf = (injected: typeof fetch | undefined) =>
  injected ?? (globalThis as { fetch?: typeof fetch }).fetch;

/**
 * Centrifugo's HTTP-streaming transport with bidirectional emulation (JSON protocol). A POST to
 * the endpoint carries the connect command; the response streams newline-delimited replies and
 * pushes; later commands go to the emulation endpoint with the session and node of the connect
 * reply. Import it only where it is used: a session without it does not ship it.
 *
 * @example
 * ```ts
 * import { createCentrifugoSession, httpStreamTransport } from 'codestate/centrifugo'
 * createCentrifugoSession({ transports: [
 *   { transport: 'websocket', endpoint: 'ws://localhost:8000/connection/websocket' },
 *   { transport: httpStreamTransport, endpoint: 'http://localhost:8000/connection/http_stream' },
 * ] })
 * ```
 */
export const httpStreamTransport: CentrifugoTransportKind = {
  name: 'http_stream',
  emulation: true,
  supported: (deps) => typeof fetchOf(deps.fetch) === 'function' && typeof AbortController === 'function',
  open(endpoint, connectFrame, deps, handlers) {
    const fetchFn = fetchOf(deps.fetch) as typeof fetch;
    const abort = new AbortController();
    let done = false;
    let opened = false;
    let reader: ChunkReader | undefined;
    /** Ends the request and releases the body, whether the server or the client ended it. */
    const stop = () => {
      done = true;
      abort.abort();
      reader?.cancel();
    };
    const finish = (reason: string) => {
      if (done) return;
      stop();
      handlers.onClose({ reason, neverOpened: !opened });
    };
    const sender = createEmulationSender(fetchFn, endpoint, deps.emulationEndpoint, abort.signal, finish);
    const lines = createLineBuffer(deps.maxFrameBytes);
    const onLine = (line: string) => {
      if (!done) handlers.onMessage(line);
    };
    const pump = async () => {
      const response = await fetchFn(endpoint, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: connectFrame,
        mode: 'cors',
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (done) return;
      if (!response.ok) return finish(`HTTP ${response.status}`);
      reader = readBody(response.body, deps.ReadableStream);
      if (!reader) return finish('the response body is not a readable stream');
      const read = reader.read;
      opened = true;
      handlers.onOpen();
      // Bounded by the stream: each turn waits for a chunk; it ends with the body or on close().
      while (!done) {
        const chunk = await read();
        if (done) return;
        if (chunk.done) return finish('stream ended');
        const tooLong = chunk.value ? lines.push(chunk.value, onLine) : undefined;
        if (tooLong) return finish(tooLong);
      }
    };
    pump().catch((error: unknown) => finish(failureText(error)));
    return {
      send: (text) => !done && sender.post(text),
      bind: sender.bind,
      close: stop,
    };
  },
};
