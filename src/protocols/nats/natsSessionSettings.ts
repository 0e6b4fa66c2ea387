import type { NatsSignal, Verdict } from '../../codes/types.ts';
import { createNatsBackoff } from '../../machines/backoff/natsBackoff.ts';
import type { ConnectionInput } from '../../machines/connection/connection.types.ts';
import { timeoutOption } from '../../machines/shared/delays.ts';
import { createTcpTransport } from '../../transports/tcpTransport.ts';
import { createWebSocketTransport } from '../../transports/webSocketTransport.ts';
import { defined } from '../shared/defined.ts';
import type { SessionTimers } from '../shared/sessionTimers.ts';
import { connectOptionsFrom } from './connectOptionsFrom.ts';
import type { NatsLinkSettings } from './natsLinkTypes.ts';
import {
  DEFAULT_MAX_PENDING_BYTES,
  isWebSocketUrl,
  type NatsSessionOptions,
  reconnectJitterFor,
} from './natsSessionOptions.ts';
import { nodeTlsOptions } from './natsTls.ts';
import { ServerPool } from './serverPool.ts';

/** A positive number option (Infinity allowed), or its default for absent, 0, negative or NaN values. */
const positiveOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && value > 0 ? value : fallback;

/**
 * The link's settings from the session options: a transport per URL scheme, CONNECT options per
 * dial (from the `credentials` callback when given), TLS, keepalive and the wire limits.
 * @throws {TransportError} `no-websocket` when a `ws://` server is configured and no WebSocket
 * constructor is available.
 */
export function natsLinkSettings(
  options: NatsSessionOptions,
  urls: readonly string[],
  clock: SessionTimers,
  classify: (signal: NatsSignal) => Verdict,
): NatsLinkSettings {
  // Only a session with a ws:// server needs a constructor (a TCP-only one runs on Node 20 without
  // `ws`); discovered servers keep the scheme of the configured ones.
  const ws = urls.some(isWebSocketUrl) ? createWebSocketTransport(options.WebSocket) : undefined;
  // Outside Node the TCP factory reports every dial as closed with a reason that says why.
  // Handshake first: the TCP socket speaks TLS from the start (else it upgrades after INFO).
  const tlsFirst = typeof options.tls === 'object' && options.tls?.handshakeFirst === true;
  const tcp = createTcpTransport({
    defaultPort: 4222,
    ...(tlsFirst ? { tls: nodeTlsOptions(options.tls) } : {}),
  });
  return {
    transportFor: (url) => (ws !== undefined && isWebSocketUrl(url) ? ws : tcp),
    connectOptions: async (fresh, nonce) =>
      connectOptionsFrom(
        options,
        options.credentials ? await options.credentials({ fresh, ...defined({ nonce }) }) : options,
      ),
    tls: options.tls,
    // 0 and Infinity turn the keepalive off; above 2^31 − 1 ms it is clamped (delays.ts).
    pingInterval: timeoutOption(options.pingInterval, 120_000),
    maxPingOut: options.maxPingOut ?? 2,
    maxControlLine: options.maxControlLine ?? 4096,
    maxPendingBytes: positiveOr(options.maxPendingBytes, DEFAULT_MAX_PENDING_BYTES),
    clock,
    classify,
  };
}

/** The server pool of `urls` with the app's pool options (nats.js defaults for the rest). */
export function natsServerPool(
  options: NatsSessionOptions,
  urls: readonly string[],
  random: () => number,
): ServerPool {
  const { noRandomize, maxReconnectAttempts, waitOnFirstConnect, ignoreClusterUpdates } = options;
  return new ServerPool(urls, {
    random,
    ...defined({ noRandomize, maxReconnectAttempts, waitOnFirstConnect, ignoreClusterUpdates }),
  });
}

/**
 * The connection machine's input: the nats.js backoff (wait, jitter, delay handler), the connect
 * timeout, and two auth failures in a row before the session gives up.
 */
export function natsConnectionInput(options: NatsSessionOptions, urls: readonly string[]): ConnectionInput {
  const { reconnectTimeWait, reconnectDelayHandler } = options;
  const reconnectJitter = reconnectJitterFor(options, urls);
  return {
    backoff: createNatsBackoff(defined({ reconnectTimeWait, reconnectJitter, reconnectDelayHandler })),
    connectTimeout: timeoutOption(options.timeout, 20_000),
    maxAuthFailures: 2,
  };
}
