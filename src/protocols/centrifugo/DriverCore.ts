import type { DecodeOptions } from '../../frames/centrifugo/decodeCentrifugoFrames.ts';
import type { ConnectionDriverEvent } from '../../machines/driver/driver.types.ts';
import type { SocketGenerations } from '../../machines/driver/socketGenerations.ts';
import type { DriverHooks } from './CentrifugoDriver.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import type { CommandLink } from './createCommandLink.ts';
import type { ConnectionToken } from './createConnectionToken.ts';
import type { DriverContext } from './DriverContext.ts';
import type { PushContext } from './handlePush.ts';
import type { RefreshStreak } from './scheduleTokenRefresh.ts';
import type { ServerSubs } from './serverSubs.ts';
import type { CentrifugoConnection } from './transports/CentrifugoTransport.ts';
import type { TransportPlan } from './transports/createTransportPlan.ts';

/** What the driver holds of its current socket; `releaseSocket` empties it. */
export interface CurrentSocket {
  /** The open (or opening) transport. */
  transport?: CentrifugoConnection | undefined;
  /** Its numbered commands; `ctx.link` of the subscription helpers. */
  link?: CommandLink | undefined;
  /** The connect reply arrived: calls may go out. */
  up: boolean;
  /** The connect reply asked for a pong to every ping. */
  pong: boolean;
  /** Cancels the pending connection token refresh. */
  stopRefresh: () => void;
  /** The transport open timeout. */
  openTimer?: unknown;
}

/** What the next connect sends: `setData`, `setHeaders` and `getData` change it. */
export interface ConnectParams {
  data: unknown;
  headers: Record<string, string> | undefined;
}

/**
 * What the parts of one Centrifugo driver share (built by `createDriverCore`): the session-wide
 * pieces, which outlive sockets, and the state of the current socket. Internal: the public face
 * is {@link DriverContext} for the subscription helpers and `CentrifugoDriver` for the session.
 */
export interface DriverCore {
  readonly options: CentrifugoDriverOptions;
  readonly hooks: DriverHooks;
  /** The transport list and where it stands. */
  readonly plan: TransportPlan;
  /** The generation guard: only the newest socket's callbacks act (driver contract). */
  readonly gens: SocketGenerations;
  readonly token: ConnectionToken;
  readonly serverSubs: ServerSubs;
  /**
   * What the per-channel and per-push helpers share; `ctx.link` is `socket.link`. Built once with
   * the server-side subscriptions and hooks a push needs, so no push builds a context of its own.
   */
  readonly ctx: PushContext;
  readonly socket: CurrentSocket;
  readonly connectParams: ConnectParams;
  /** Paces connection token refreshes across sockets (a ttl of 0 must not become a loop). */
  readonly refreshStreak: RefreshStreak;
  /** Grace on top of the server's ping interval before the no-ping watchdog fires, ms (0 = off). */
  readonly maxServerPingDelay: number;
  /** The inbound frame limit (`maxFrameBytes`), built once rather than per message. */
  readonly decodeOptions: DecodeOptions;
  /** `startBatching()` holds commands until `stopBatching()`. */
  batching: boolean;
  /** The connection machine's inbox: a no-op until the driver actor starts. */
  toMachine: (event: ConnectionDriverEvent) => void;
}
