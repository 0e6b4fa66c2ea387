import type { fromCallback } from 'xstate';
import type { CentrifugoSignal, Verdict } from '../../codes/types.ts';
import type { ConnectResult } from '../../frames/centrifugo/index.ts';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import type { EventSink } from '../shared/Emitter.ts';
import type { ChannelRegistry } from './channelRegistry.ts';
import type { ReplyCallback } from './createCommandLink.ts';
import type { DriverContext } from './DriverContext.ts';
import type { ServerSubscriptionEvents } from './serverSubs.ts';
import type { TransportPlan } from './transports/createTransportPlan.ts';

/** Session-side hooks of the driver. */
export interface DriverHooks {
  /** An async `message` push (connection level). */
  onMessage?(data: unknown): void;
  /** The connect reply arrived (client id, server version, data). */
  onConnected?(result: ConnectResult): void;
  /** Where events of server-side subscriptions go (the session's listeners). */
  serverEvents?: EventSink<ServerSubscriptionEvents>;
}

/** The Centrifugo protocol driver: machine commands in, frames out, frames in, verdicts out. */
export interface CentrifugoDriver {
  /** The `driver` actor of the connection machine. */
  readonly connectionActor: ReturnType<typeof fromCallback<ConnectionDriverCommand>>;
  /** What subscription drivers share with the connection driver. */
  readonly context: DriverContext;
  /** The channels the driver knows. */
  readonly channels: ChannelRegistry;
  /** Sends a command on the current socket; false when no connection is up. */
  call(method: string, body: Record<string, unknown>, done: ReplyCallback): boolean;
  /** Sends a command without reply (`send`). */
  post(command: Record<string, unknown>): boolean;
  /** Replaces the connection token (centrifuge-js `setToken`); clears an expired-token state. */
  setToken(token: string): void;
  /** The transport list and where it stands (the transport in use, the last fallback). */
  readonly transports: TransportPlan;
  /** Connect data for the next connect (centrifuge-js `setData`; a `getData` option wins). */
  setData(data: unknown): void;
  /** Connect headers for the next connect (centrifuge-js `setHeaders`). */
  setHeaders(headers: Record<string, string>): void;
  /** Holds commands while on; turning it off writes them in one frame (`startBatching`/`stopBatching`). */
  setBatching(on: boolean): void;

  /** Classifies what the server said, with the session's overrides. */
  classify(signal: CentrifugoSignal): Verdict;
}
