import type { ActorOptions, AnyActorLogic } from 'xstate';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import type {
  CentrifugoTransportEndpoint,
  EventSourceConstructor,
  ReadableStreamConstructor,
} from './transports/CentrifugoTransport.ts';

/**
 * Options of `createCentrifugoSession`. Names follow centrifuge-js where they mean the same.
 */
export interface CentrifugoSessionOptions extends CentrifugoDriverOptions {
  /** WebSocket constructor: `WebSocket` from `ws` in Node 20; the global one by default. */
  WebSocket?: WebSocketConstructor;
  /** Alias of `WebSocket`, as centrifuge-js spells it. */
  websocket?: WebSocketConstructor;
  /**
   * Transports to try in order instead of the single WebSocket `url` (centrifuge-js's array
   * endpoint), e.g. `[{ transport: 'websocket', endpoint }, { transport: httpStreamTransport,
   * endpoint }, { transport: sseTransport, endpoint }]`. See docs/centrifugo.md "Transports".
   */
  transports?: readonly CentrifugoTransportEndpoint[];
  /** Centrifugo's emulation endpoint for HTTP-stream and SSE commands (default `/emulation`, resolved against the transport's endpoint). */
  emulationEndpoint?: string;
  /** `fetch` for the HTTP-based transports (default: the global one). */
  fetch?: typeof fetch;
  /** `EventSource` for the SSE transport (default: the global; Node 20 has none: pass the `eventsource` package's). */
  EventSource?: EventSourceConstructor;
  /** Alias of `EventSource`, as centrifuge-js spells it. */
  eventsource?: EventSourceConstructor;
  /** `ReadableStream` (its `from`) to read a fetch body that is not a web stream (default: the global). */
  ReadableStream?: ReadableStreamConstructor;
  /** Alias of `ReadableStream`, as centrifuge-js spells it. */
  readableStream?: ReadableStreamConstructor;
  /** Smallest reconnect delay, ms; with `maxReconnectDelay` selects centrifuge-js's backoff. */
  minReconnectDelay?: number;
  /** Largest reconnect delay, ms. */
  maxReconnectDelay?: number;
  /** A backoff policy of your own (wins over min/maxReconnectDelay). */
  backoff?: BackoffPolicy;
  /** xstate inspector, e.g. from `@statelyai/inspect`. */
  inspect?: ActorOptions<AnyActorLogic>['inspect'];
}
