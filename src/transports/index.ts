/**
 * Browser-safe transports. The TCP transport lives in `./tcpTransport.ts` (Node only) and is
 * loaded lazily by the sessions that need it, so browser bundles never pull in `node:net`.
 *
 * Two WebSocket flavours: `createWebSocketTransport` is a byte pipe (NATS, where message
 * boundaries mean nothing); `openWebSocket` keeps message boundaries, text frames and the exact
 * close code and reason (Centrifugo, where one message is one batch of replies and an empty
 * close reason means something different from a non-empty one).
 * @packageDocumentation
 */
export {
  type MessageTransport,
  type MessageTransportClose,
  type MessageTransportHandlers,
  openWebSocket,
} from './openWebSocket.ts';
export { resolveWebSocket } from './resolveWebSocket.ts';
export { TransportError, type TransportErrorKind } from './TransportError.ts';
export type { Transport, TransportClose, TransportFactory, TransportHandlers } from './transport.ts';
export {
  createWebSocketTransport,
  type WebSocketConstructor,
  type WebSocketLike,
} from './webSocketTransport.ts';
