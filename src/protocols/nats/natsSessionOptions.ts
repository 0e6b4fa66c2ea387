import type { ActorOptions, AnyActorLogic } from 'xstate';
import type { VerdictOverride } from '../../codes/override.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import type { SessionClock } from '../shared/sessionTimers.ts';
import type { NatsTlsOptions } from './natsTls.ts';

/** Timers: xstate's `clock` (its `Clock` type); pass a `SimulatedClock` for deterministic tests. */
export type NatsClock = SessionClock;

/**
 * Credentials sent in CONNECT. `nkey` + `sig` (the INFO nonce signed with the seed) and `jwt` are
 * what the authenticators of `codestate/nats/auth` return (nkey, user JWT, `.creds` file).
 */
export interface NatsCredentials {
  user?: string;
  pass?: string;
  token?: string;
  /** Public nkey of the user. */
  nkey?: string;
  /** The nonce signed with the user's seed, base64url (the seed itself is never sent). */
  sig?: string;
  /** User JWT (operator mode / decentralized auth). */
  jwt?: string;
}

/** What the `credentials` callback is asked with. */
export interface NatsCredentialsRequest {
  /** True after an auth error (the `refresh-token` verdict): return new credentials. */
  fresh: boolean;
  /** The nonce of the server's INFO, to sign with an nkey; absent when the server sent none. */
  nonce?: string | undefined;
}

/** Options of `createNatsSession`. Defaults follow nats.js 3.4 (spec §3) unless noted. */
export interface NatsSessionOptions {
  /** `nats://host:port` (Node, TCP), `tls://host:port` (TCP, TLS required) or `ws://`/`wss://` URLs; bare `host:port` means `nats://`. */
  servers: string | readonly string[];
  user?: string;
  pass?: string;
  token?: string;
  /**
   * The authenticator: called before every CONNECT, after INFO, instead of the static
   * `user`/`pass`/`token`. `fresh` is true after an auth error (the `refresh-token` verdict):
   * return new credentials then; `nonce` is the server's, to sign (see `nkeyAuthenticator`,
   * `jwtAuthenticator`, `credsAuthenticator` in `codestate/nats/auth`). It may be async; the
   * handshake `timeout` bounds it. A throw or rejection is a credentials failure (rule
   * `nats.credentials.failed`): the session backs off and calls it again with `fresh: true`; the
   * server does not count it as a failed dial.
   */
  credentials?: (request: NatsCredentialsRequest) => NatsCredentials | Promise<NatsCredentials>;
  /**
   * TLS for `nats://`/`tls://` servers over TCP (Node): CA, client certificate (mutual TLS),
   * servername, handshake first. Without it the session still upgrades when INFO says
   * `tls_required` (Node's trusted roots verify the server), as nats.js does; `false` refuses TLS
   * (a server that requires it is then a terminal `nats.tls.required-by-server`). A certificate
   * error is terminal too (rules `nats.tls.*`), never a reconnect loop.
   */
  tls?: NatsTlsOptions | false | null;
  /** Connection name shown in the server's monitoring. */
  name?: string;
  /** Receive your own publications (default true, as NATS). */
  echo?: boolean;
  /** nats.js spelling of `echo: false`: the server does not send you your own publications. */
  noEcho?: boolean;
  /** Prefix of reply subjects (default `_INBOX`), for accounts that only allow replies under a prefix. */
  inboxPrefix?: string;
  /** Keepalive PING interval, ms (default 120000; 0 or Infinity = off; above 2^31 − 1 clamped). */
  pingInterval?: number;
  /** Unanswered PINGs that make the connection stale (default 2). */
  maxPingOut?: number;
  /** Wait between reconnect attempts, ms (default 2000; the first reconnect is immediate). */
  reconnectTimeWait?: number;
  /** Random extra wait, ms (default 100). */
  reconnectJitter?: number;
  /** Random extra wait for `tls://` servers (and sessions with `tls` options), ms (default 1000, as nats.js). */
  reconnectJitterTLS?: number;
  /**
   * Returns the wait before each reconnect after the first (ms); replaces `reconnectTimeWait` and
   * the jitter, as nats.js. The first reconnect after a working connection stays immediate.
   */
  reconnectDelayHandler?: () => number;
  /** Failed dials per server before it leaves the pool; -1 = never (default 10). */
  maxReconnectAttempts?: number;
  /**
   * `false`: a connection that was up and drops is not dialled again; the session closes (rule
   * `nats.reconnect.disabled`). Default true.
   */
  reconnect?: boolean;
  /**
   * Before the first successful connection: `true` retries every server without counting failed
   * dials (until it connects or `disconnect()`); `false` dials each server once and closes when all
   * failed (nats.js's default). Absent: the pool's `maxReconnectAttempts` rule from the first dial.
   */
  waitOnFirstConnect?: boolean;
  /** Ignore INFO `connect_urls`: the pool keeps only the configured servers (no `update` events). */
  ignoreClusterUpdates?: boolean;
  /**
   * Bytes of publishes kept while `connecting`/`reconnecting` and written after the connection is
   * back, after the subscriptions (default 8 MiB, as the Go client's `ReconnectBufSize`; keep it
   * below `maxPendingBytes`). Past it `publish` throws `NatsError` `reconnect-buffer-full`.
   * 0 (or negative): nothing is kept, `publish` returns false while not connected.
   */
  reconnectBufSize?: number;
  /** Keep the server order instead of shuffling it (default false). */
  noRandomize?: boolean;
  /** Handshake timeout per dial, ms (default 20000, as nats.js `timeout`; 0 or Infinity = none). */
  timeout?: number;
  /**
   * Bytes written and not yet taken by the server (socket back-pressure) before the session gives
   * the socket up as a slow consumer and reconnects (rule `nats.link.slow-consumer`); default
   * 8 MiB (also for 0, negative or NaN; `Infinity` = no bound). A server that floods PINGs and stops
   * reading can no longer grow memory without bound.
   */
  maxPendingBytes?: number;
  /** Longest control line accepted from the server, bytes (default 4096). */
  maxControlLine?: number;
  /**
   * WebSocket constructor for `ws://` servers (`ws` in Node 20; the global one by default).
   * Without one, a session with a `ws://` server throws `TransportError` `no-websocket`.
   */
  WebSocket?: WebSocketConstructor;
  /** Per-code verdict overrides, as data (e.g. treat one `-ERR` text differently). */
  overrides?: readonly VerdictOverride[];
  /** Inspector hook passed to every actor (e.g. `@statelyai/inspect`). */
  inspect?: ActorOptions<AnyActorLogic>['inspect'];
  /** Timers for the machines and the keepalive (default: the platform timers). */
  clock?: NatsClock;
  /** Uniform random in [0, 1) for pool shuffling and jitter (default `Math.random`). */
  random?: () => number;
}

/** Default of `reconnectBufSize`: 8 MiB (Go's `DefaultReconnectBufSize`). */
export const DEFAULT_RECONNECT_BUF_SIZE = 8 * 1024 * 1024;

/** Default of `maxPendingBytes`: 8 MiB, ~8 max_payload publishes in flight. */
export const DEFAULT_MAX_PENDING_BYTES = 8 * 1024 * 1024;

/** Normalises `servers` to a list of URLs with a scheme. */
export function serverUrls(servers: string | readonly string[]): string[] {
  const list = typeof servers === 'string' ? [servers] : [...servers];
  return list.map((s) => (s.includes('://') ? s : `nats://${s}`));
}

/** True for `ws://` and `wss://` URLs (the WebSocket transport), false for `nats://` (TCP). */
export function isWebSocketUrl(url: string): boolean {
  return /^wss?:\/\//i.test(url);
}

/**
 * The jitter the backoff uses: nats.js takes `reconnectJitterTLS` (default 1000 ms) when the
 * connection uses TLS (`tls` options, or `tls://` servers here), else `reconnectJitter` (100 ms).
 */
export function reconnectJitterFor(options: NatsSessionOptions, urls: readonly string[]): number | undefined {
  const secure = urls.some((u) => /^tls:/i.test(u)) || (options as { tls?: unknown }).tls != null;
  return secure ? (options.reconnectJitterTLS ?? 1000) : options.reconnectJitter;
}
