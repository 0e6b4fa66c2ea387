import type { Verdict } from '../../codes/types.ts';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import type { ConnectionStatus } from '../../machines/connection/connection.selectors.ts';
import type { Session } from '../shared/Session.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import type { HeadersInit } from './natsHeaders.ts';
import type { NatsMessage } from './natsMessage.ts';
import type { NatsSubscribeOptions, NatsSubscription } from './natsSubscription.ts';

/** The UI model of a NATS session: the shared connection status plus NATS facts. */
export interface NatsStatus extends ConnectionStatus {
  /** URL of the server of the current (or last) dial. */
  server: string | null;
  /** True while connected to a server that announced lame duck mode (INFO `ldm`). */
  lameDuck: boolean;
  /** The pool, in dial order (grows with `connect_urls` gossip). */
  servers: string[];
}

/** Events of a {@link NatsSession}. */
export interface NatsSessionEvents extends Record<string, unknown> {
  /** Every change of the status (state, attempt, lame duck, server). */
  status: NatsStatus;
  /** Every `-ERR` the server sent, with its verdict. */
  error: { text: string; verdict: Verdict };
  /** INFO `connect_urls` changed the pool (nats.js `update` status); not with `ignoreClusterUpdates`. */
  update: { added: string[]; deleted: string[] };
  /** A keepalive PING is due; `pendingPings` counts it and the unanswered ones (nats.js `ping` status). */
  ping: { pendingPings: number };
  /** A subscription's `for await` queue passed its `slow` option (nats.js `slowConsumer` status). */
  slowConsumer: { subscription: NatsSubscription; pending: number };
}

/** Counters since the session was created (nats.js `stats()`); bytes are payload plus header bytes. */
export interface NatsStats {
  inMsgs: number;
  inBytes: number;
  outMsgs: number;
  outBytes: number;
}

/** Options of `publish()`. */
export interface PublishOptions {
  reply?: string;
  /** A plain object (a string or a list of strings per name) or `headers()` (with a status line). */
  headers?: HeadersInit;
}

/** Options of `request()`. */
export interface RequestOptions {
  /** Milliseconds to wait for the reply (default 5000). */
  timeout?: number;
  headers?: HeadersInit;
}

/**
 * A NATS session on the shared connection and subscription machines; `on` takes `status`, `error`.
 * After `stop()` every call below throws (or rejects) at once with a `NatsError` code `stopped`.
 */
export interface NatsSession extends Session<NatsStatus, NatsSessionEvents> {
  /** The INFO of the current connection (server version, `max_payload`, ...), once received. */
  readonly info: NatsInfo | undefined;
  /** Subscribes (SUB); the handle follows the connection through reconnects. */
  subscribe(subject: string, options?: NatsSubscribeOptions): NatsSubscription;
  /**
   * Publishes. Returns true when written, or kept in the reconnect buffer while `connecting` or
   * `reconnecting` (sent after the connection is back); throws `NatsError` `reconnect-buffer-full`
   * when the buffer has no room; returns false when `idle`/`closed` or with `reconnectBufSize: 0`.
   */
  publish(subject: string, data?: Uint8Array | string, options?: PublishOptions): boolean;
  /** Request/reply; rejects with a `NatsError` (`timeout`, `no-responders`, `permission-denied`, ...). */
  request(subject: string, data?: Uint8Array | string, options?: RequestOptions): Promise<NatsMessage>;
  /** Unsubscribes everything, waits for the server to flush, then disconnects. */
  drain(): Promise<void>;
  /** Resolves true once the server has processed everything written so far. */
  flush(): Promise<boolean>;
  /** Round trip of a PING, ms (nats.js `rtt()`); rejects with `NatsError` `disconnected` when not connected. */
  rtt(): Promise<number>;
  /** Messages and bytes in and out since creation (nats.js `stats()`). */
  stats(): NatsStats;
  /**
   * Drops the working connection and dials again at once (nats.js `reconnect()`; rule
   * `nats.client.reconnect`); while reconnecting it skips the wait. Rejects with `NatsError` `closed` when idle or closed.
   */
  reconnect(): Promise<void>;
  /** A new unique reply subject under `inboxPrefix` (nats.js `createInbox`). */
  createInbox(): string;
  /** The session's timers (its injected `clock`), for helpers such as `requestMany`. */
  readonly timers: SessionTimers;
}
