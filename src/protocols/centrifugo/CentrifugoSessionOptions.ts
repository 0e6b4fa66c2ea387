import type { ActorOptions, AnyActorLogic } from 'xstate';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';

/**
 * Options of `createCentrifugoSession`. Names follow centrifuge-js where they mean the same.
 */
export interface CentrifugoSessionOptions extends CentrifugoDriverOptions {
  /** WebSocket constructor: `WebSocket` from `ws` in Node 20; the global one by default. */
  WebSocket?: WebSocketConstructor;
  /** Alias of `WebSocket`, as centrifuge-js spells it. */
  websocket?: WebSocketConstructor;
  /** Smallest reconnect delay, ms; with `maxReconnectDelay` selects centrifuge-js's backoff. */
  minReconnectDelay?: number;
  /** Largest reconnect delay, ms. */
  maxReconnectDelay?: number;
  /** A backoff policy of your own (wins over min/maxReconnectDelay). */
  backoff?: BackoffPolicy;
  /** xstate inspector, e.g. from `@statelyai/inspect`. */
  inspect?: ActorOptions<AnyActorLogic>['inspect'];
}
