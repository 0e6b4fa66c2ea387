import { TransportError } from './TransportError.ts';
import type { WebSocketConstructor } from './webSocketLike.ts';

/**
 * Picks the WebSocket constructor: the one passed in, else the global one (browsers, Node >= 22).
 * @throws {TransportError} `no-websocket` when there is neither (Node 20 without `ws`).
 */
export function resolveWebSocket(injected?: unknown): WebSocketConstructor {
  if (typeof injected === 'function') return injected as WebSocketConstructor;
  const global = (globalThis as { WebSocket?: unknown }).WebSocket;
  if (typeof global === 'function') return global as WebSocketConstructor;
  throw new TransportError(
    'no-websocket',
    'No WebSocket constructor is available in this runtime.',
    "Pass { WebSocket } from the ws package in Node 20: import { WebSocket } from 'ws'.",
  );
}
