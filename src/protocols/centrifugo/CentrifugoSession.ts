import type { ActorRefFrom } from 'xstate';
import type { HistoryResult, PresenceResult, PresenceStatsResult } from '../../frames/centrifugo/index.ts';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import type { ConnectionStatus } from '../../machines/connection/connection.selectors.ts';
import type { ConnectionState } from '../../machines/connection/connection.types.ts';
import type { CentrifugoSubscriptionOptions } from './CentrifugoOptions.ts';
import type { CentrifugoSubscription, HistoryOptions } from './CentrifugoSubscription.ts';

/** Events of a session. */
export interface CentrifugoSessionEvents {
  /** Every change of the connection machine, as the UI model. */
  status: ConnectionStatus;
  /** The connect reply arrived. */
  connected: { client: string; version: string; data: unknown };
  /** An async message push. */
  message: { data: unknown };
}

/** A Centrifugo session (see `createCentrifugoSession`). */
export interface CentrifugoSession {
  /** The connection machine's actor: for inspectors and `@xstate/react`. */
  readonly actor: ActorRefFrom<typeof connectionMachine>;
  /** `idle` | `connecting` | `connected` | `reconnecting` | `closed`. */
  readonly state: ConnectionState;
  /** The UI model: state, attempt, `nextRetryAt`, last code and reason, terminal, canRetryNow. */
  readonly status: ConnectionStatus;
  /** Starts connecting (from `idle` or `closed`). */
  connect(): void;
  /** Closes the connection; subscriptions wait in `subscribing` for the next `connect()`. */
  disconnect(): void;
  /** Replaces the connection token used by the next connect (for apps without `getToken`). */
  setToken(token: string): void;
  /** Skips the current reconnect wait. */
  retryNow(): void;
  /** Listens to `status`, `connected` or `message`; returns the function that stops. */
  on<K extends keyof CentrifugoSessionEvents>(
    type: K,
    listener: (event: CentrifugoSessionEvents[K]) => void,
  ): () => void;
  /** Subscribes to a channel; the same channel twice returns the same handle. */
  subscribe(channel: string, options?: CentrifugoSubscriptionOptions): CentrifugoSubscription;
  /** The handle of a channel, if subscribed through this session. */
  getSubscription(channel: string): CentrifugoSubscription | undefined;
  /** Unsubscribes and forgets a channel. */
  removeSubscription(subscription: CentrifugoSubscription): void;
  /** Every handle. */
  subscriptions(): CentrifugoSubscription[];
  /** Publishes to a channel. Rejects with a `CentrifugoCallError`. */
  publish(channel: string, data: unknown): Promise<void>;
  /** Calls a server RPC method; resolves with its data. */
  rpc(method: string, data: unknown): Promise<unknown>;
  /** Sends an async message (no reply); false when not connected. */
  send(data: unknown): boolean;
  /** Reads a channel's history. */
  history(channel: string, options?: HistoryOptions): Promise<HistoryResult>;
  /** Reads who is in a channel. */
  presence(channel: string): Promise<PresenceResult>;
  /** Counts who is in a channel. */
  presenceStats(channel: string): Promise<PresenceStatsResult>;
  /** Stops every actor and closes the socket (the session cannot be used afterwards). */
  stop(): void;
}
