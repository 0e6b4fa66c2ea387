/**
 * Browser-safe transports. The TCP transport lives in `./tcpTransport.ts` (Node only) and is
 * loaded lazily by the sessions that need it, so browser bundles never pull in `node:net`.
 * @packageDocumentation
 */
export type { Transport, TransportClose, TransportFactory, TransportHandlers } from './transport.ts';
export {
  createWebSocketTransport,
  type WebSocketConstructor,
  type WebSocketLike,
} from './webSocketTransport.ts';
