import type { ConnectionStatus } from '../../machines/connection/connection.selectors.ts';
import type { CentrifugoTransportName } from './transports/CentrifugoTransport.ts';
import type { TransportFallback } from './transports/createTransportPlan.ts';

/** The status of a Centrifugo session: the connection's, plus which transport it uses. */
export interface CentrifugoStatus extends ConnectionStatus {
  /** The transport of the current (or next) attempt: `websocket`, `http_stream` or `sse`. */
  transport: CentrifugoTransportName;
  /**
   * The last move down the `transports` list: which transport failed, why, and which one came
   * next; null while the first transport is in use (and always without a list).
   */
  transportFallback: TransportFallback | null;
}
