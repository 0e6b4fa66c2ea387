/**
 * Browser-safe transports. The TCP transport lives in `./tcpTransport.ts` (Node only) and is
 * loaded lazily by the sessions that need it, so browser bundles never pull in `node:net`.
 *
 * One WebSocket implementation, `openWebSocket`: it keeps message boundaries, text frames and the
 * exact close code and reason (Centrifugo, where one message is one batch of replies and an empty
 * close reason means something different from a non-empty one). `createWebSocketTransport`
 * adapts it to the byte pipe of `transport.ts` (NATS, where message boundaries mean nothing).
 * Both find their constructor with `resolveWebSocket` and throw the same `TransportError`.
 * @packageDocumentation
 */

export { cutCloseReason, MAX_CLOSE_REASON_BYTES } from './closeReason.ts';
export {
  type MessageTransport,
  type MessageTransportClose,
  type MessageTransportHandlers,
  openWebSocket,
} from './openWebSocket.ts';
export { resolveWebSocket } from './resolveWebSocket.ts';
export { TransportError, type TransportErrorKind } from './TransportError.ts';
export type { Transport, TransportClose, TransportFactory, TransportHandlers } from './transport.ts';
export type { WebSocketConstructor, WebSocketLike } from './webSocketLike.ts';
export { createWebSocketTransport } from './webSocketTransport.ts';
