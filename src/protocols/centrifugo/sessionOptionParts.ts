import { DEFAULT_MAX_FRAME_BYTES } from '../../frames/centrifugo/decodeCentrifugoFrames.ts';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import { createCentrifugeBackoff } from '../../machines/backoff/centrifugeBackoff.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import type { CentrifugoSessionOptions } from './CentrifugoSessionOptions.ts';
import { createTransportPlan, type TransportPlan } from './transports/createTransportPlan.ts';

/** The transport plan: the `transports` list or the WebSocket `url`, with the injected platform objects. */
export function transportPlanOf(options: CentrifugoSessionOptions): TransportPlan {
  const WebSocket =
    options.WebSocket ?? options.websocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  return createTransportPlan(options.url, options.transports, {
    WebSocket,
    fetch: options.fetch,
    EventSource: options.EventSource ?? options.eventsource,
    ReadableStream: options.ReadableStream ?? options.readableStream,
    emulationEndpoint: options.emulationEndpoint ?? '/emulation',
    maxFrameBytes: options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
  });
}

/** The app's inspector, with the `debug` hooks' in front when there are some. */
export function inspectWithDebug({
  debug,
  inspect,
}: CentrifugoSessionOptions): CentrifugoSessionOptions['inspect'] {
  if (!debug) return inspect;
  return (event) => {
    debug.inspect(event);
    if (typeof inspect === 'function') inspect(event);
    else inspect?.next?.(event);
  };
}

/** The reconnect backoff: the `backoff` option, else centrifuge-js's with the reconnect delay bounds, when set. */
export function reconnectBackoffOf(options: CentrifugoSessionOptions): BackoffPolicy | undefined {
  if (options.backoff) return options.backoff;
  if (options.minReconnectDelay === undefined && options.maxReconnectDelay === undefined) return undefined;
  return createCentrifugeBackoff({
    ...(options.minReconnectDelay === undefined ? {} : { minDelay: options.minReconnectDelay }),
    ...(options.maxReconnectDelay === undefined ? {} : { maxDelay: options.maxReconnectDelay }),
  });
}
