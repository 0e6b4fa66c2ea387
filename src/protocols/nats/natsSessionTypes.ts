import type { Verdict } from '../../codes/types.ts';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import type { ConnectionStatus } from '../../machines/connection/connection.selectors.ts';
import type { Session } from '../shared/Session.ts';
import type { NatsMessage } from './natsMessage.ts';
import type { NatsSubscription } from './natsSubscription.ts';

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
}

/** Options of `publish()`. */
export interface PublishOptions {
  reply?: string;
  headers?: Readonly<Record<string, string>>;
}

/** Options of `request()`. */
export interface RequestOptions {
  /** Milliseconds to wait for the reply (default 5000). */
  timeout?: number;
  headers?: Readonly<Record<string, string>>;
}

/**
 * A NATS session on the shared connection and subscription machines; `on` takes `status`, `error`.
 * After `stop()` every call below throws (or rejects) at once with a `NatsError` code `stopped`.
 */
export interface NatsSession extends Session<NatsStatus, NatsSessionEvents> {
  /** The INFO of the current connection (server version, `max_payload`, ...), once received. */
  readonly info: NatsInfo | undefined;
  /** Subscribes (SUB); the handle follows the connection through reconnects. */
  subscribe(subject: string, options?: { queue?: string }): NatsSubscription;
  /** Publishes; returns false when the message could not be written (not connected), as nats.js drops it. */
  publish(subject: string, data?: Uint8Array | string, options?: PublishOptions): boolean;
  /** Request/reply; rejects with a `NatsError` (`timeout`, `no-responders`, `permission-denied`, ...). */
  request(subject: string, data?: Uint8Array | string, options?: RequestOptions): Promise<NatsMessage>;
  /** Unsubscribes everything, waits for the server to flush, then disconnects. */
  drain(): Promise<void>;
  /** Resolves true once the server has processed everything written so far. */
  flush(): Promise<boolean>;
}
