import type { NatsSignal, Verdict } from '../../codes/types.ts';
import type { NatsMsgFrame } from '../../frames/nats/natsFrame.ts';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import type { ConnectionDriverEvent } from '../../machines/driver/driver.types.ts';
import type { TransportFactory } from '../../transports/transport.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import type { ConnectOptions } from './encodeCommands.ts';
import type { NatsTlsOptions } from './natsTls.ts';
import type { PoolServer } from './serverPool.ts';

/** What the link reports to the session besides machine events. */
export interface NatsLinkHooks {
  /** Events for the connection machine. */
  toMachine(event: ConnectionDriverEvent): void;
  /** A message for a subscription or a pending request. */
  onMessage(frame: NatsMsgFrame): void;
  /** An `-ERR` whose verdict is not about the connection (a subscription or a request). */
  onScopedVerdict(verdict: Verdict, text: string): void;
  /** Every INFO, with the server it came from and the pool changes it caused. */
  onInfo(info: NatsInfo, server: PoolServer, change: { added: string[]; deleted: string[] }): void;
  /** Every `-ERR`, whatever its scope (for the app's `error` listeners). */
  onServerError(text: string, verdict: Verdict): void;
  /** Every keepalive tick, with the PINGs outstanding counting this one. */
  onPing?(pendingPings: number): void;
}

/** Settings of a link. */
export interface NatsLinkSettings {
  /** Opens transports by URL scheme (TCP for `nats://`, WebSocket for `ws(s)://`). */
  transportFor(url: string): TransportFactory;
  /**
   * CONNECT options, built for every dial; `fresh` after an auth verdict asked for new credentials,
   * `nonce` from INFO (to sign with an nkey).
   */
  connectOptions(fresh: boolean, nonce?: string): ConnectOptions | Promise<ConnectOptions>;
  /** TLS for TCP servers (upgrade after INFO, or handshake first); `false`/`null` refuse TLS. */
  tls?: NatsTlsOptions | false | null | undefined;
  /** Keepalive PING interval, ms (nats.js 120000). */
  pingInterval: number;
  /** Unanswered keepalive PINGs that make the connection stale (nats.js 2). */
  maxPingOut: number;
  /** Bytes queued for a server that is not reading before the link is a slow consumer. */
  maxPendingBytes: number;
  /** Longest control line accepted from the server. */
  maxControlLine: number;
  /** Timers on the session's clock (so a SimulatedClock drives tests). */
  clock: SessionTimers;
  /** The NATS classifier with the session's overrides. */
  classify(signal: NatsSignal): Verdict;
}
