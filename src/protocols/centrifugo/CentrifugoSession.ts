import type { Session } from '../shared/Session.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoStatus } from './CentrifugoStatus.ts';
import type { CentrifugoSubscription, HistoryOptions } from './CentrifugoSubscription.ts';
import type { HistoryResult, PresenceResult, PresenceStatsResult } from './callResults.ts';
import type { ServerSubscriptionEvents } from './serverSubs.ts';
import type { CentrifugoTransportName } from './transports/CentrifugoTransport.ts';

/**
 * Events of a session. `publication`, `join`, `leave`, `subscribed`, `subscribing`, `unsubscribed`
 * and `unrecovered` are about server-side subscriptions (channels the server subscribed the
 * connection to); client-side ones emit on their handle.
 */
export interface CentrifugoSessionEvents extends ServerSubscriptionEvents {
  /** Every change of the connection machine, as the UI model (with the transport in use). */
  status: CentrifugoStatus;
  /** The connect reply arrived (`transport` names the one in use, as centrifuge-js's `connected`). */
  connected: { client: string; version: string; data: unknown; transport: CentrifugoTransportName };
  /** An async message push. */
  message: { data: unknown };
}

/**
 * A Centrifugo session (see `createCentrifugoSession`); `on` takes `status`, `connected`, `message`
 * and the events of server-side subscriptions ({@link CentrifugoSessionEvents}).
 */
export interface CentrifugoSession extends Session<CentrifugoStatus, CentrifugoSessionEvents> {
  /** Replaces the connection token used by the next connect (for apps without `getToken`). */
  setToken(token: string): void;
  /** Connect data for the next connect (centrifuge-js `setData`; a `getData` option wins over it). */
  setData(data: unknown): void;
  /** Headers sent with the next connect (centrifuge-js `setHeaders`, Centrifugo >= 6). */
  setHeaders(headers: Record<string, string>): void;
  /**
   * Resolves once `connected` (at once if it is). Rejects with a `CentrifugoCallError`: code 3 when
   * the session is or becomes `idle` or `closed`, code 1 after `timeout` ms (0 or absent: no limit).
   */
  ready(timeout?: number): Promise<void>;
  /** Holds commands (subscribe, publish, rpc, ...) until `stopBatching()`; connect and pongs still go. */
  startBatching(): void;
  /** Writes every held command in one WebSocket message and stops holding. */
  stopBatching(): void;
  /**
   * Subscribes to a channel; the same channel twice returns the same handle.
   * @throws {CentrifugoCallError} code 4, origin `stopped`, after `stop()`.
   */
  subscribe(channel: string, options?: CentrifugoSubscriptionOptions): CentrifugoSubscription;
  /** The handle of a channel, if subscribed through this session. */
  getSubscription(channel: string): CentrifugoSubscription | undefined;
  /** Unsubscribes and forgets a channel. */
  removeSubscription(subscription: CentrifugoSubscription): void;
  /** Every handle. */
  subscriptions(): CentrifugoSubscription[];
  /**
   * Publishes to a channel. Rejects with a `CentrifugoCallError`; after `stop()` (as every call
   * here) at once with code 4, origin `stopped`.
   */
  publish(channel: string, data: unknown): Promise<void>;
  /** Calls a server RPC method; resolves with its data. */
  rpc(method: string, data: unknown): Promise<unknown>;
  /** Sends an async message (no reply); false when not connected; throws after `stop()`. */
  send(data: unknown): boolean;
  /** Reads a channel's history. */
  history(channel: string, options?: HistoryOptions): Promise<HistoryResult>;
  /** Reads who is in a channel. */
  presence(channel: string): Promise<PresenceResult>;
  /** Counts who is in a channel. */
  presenceStats(channel: string): Promise<PresenceStatsResult>;
}
