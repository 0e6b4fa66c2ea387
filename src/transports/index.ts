/**
 * Transports: WebSocket for browsers (global) and Node (an injected constructor such as `ws`).
 * @packageDocumentation
 */
export {
  openWebSocket,
  type Transport,
  type TransportClose,
  type TransportHandlers,
} from './openWebSocket.ts';
export { resolveWebSocket } from './resolveWebSocket.ts';
export { TransportError, type TransportErrorKind } from './TransportError.ts';
export type { WebSocketConstructor, WebSocketLike } from './WebSocketLike.ts';
