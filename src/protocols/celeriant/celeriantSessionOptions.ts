import type { InspectionEvent, Observer } from 'xstate';
import type { VerdictOverride } from '../../codes/override.ts';
import type { BackoffPolicy } from '../../machines/backoff/backoffPolicy.ts';
import type { TcpTransportOptions } from '../../transports/tcpTransport.ts';
import type { TransportFactory } from '../../transports/transport.ts';
import type { SessionClock } from '../shared/sessionTimers.ts';
import type { RedirectPolicy } from './redirectPolicy.ts';

/** Options of `createCeleriantSession`. Only `address` is required. */
export interface CeleriantSessionOptions {
  /** The first node to talk to, `host:port` (default port 10000 on real servers). */
  address: string;
  /** Other nodes to fall back to when a redirect names no leader or names a dead one. */
  seeds?: readonly string[];
  /**
   * API key (base64 of 32 bytes), or a function returning one; called again after an auth
   * failure asks for fresh credentials (10001). Never stored in machine context.
   */
  apiKey?: string | (() => string | Promise<string>);
  /** TLS options for `node:tls`; TLS is off when absent (spec §1.1). */
  tls?: TcpTransportOptions['tls'];
  /** Replace the TCP transport (tests, proxies). */
  transport?: TransportFactory;
  /** Dial + Identify timeout per attempt, ms (default 5000, as the official clients; 0 or Infinity = none). */
  connectTimeout?: number;
  /** Timeout of one request on one connection, ms (default 30000; 0 or Infinity = none). */
  requestTimeout?: number;
  /** Overall deadline of one operation across retries and redirects, ms (default 30000; 0 or Infinity = none). */
  operationDeadline?: number;
  /** Sends per operation, redirects included (default 8). */
  maxAttempts?: number;
  /**
   * Which leader redirects to follow. Default `refuseUnspecifiedRedirect`: refuse 0.0.0.0 and ::
   * (a server advertising its listen address would get the API key sent to the client's own host),
   * allow the rest as the official clients do. `refuseLocalRedirect` also refuses loopback; any
   * `(target) => boolean` works. A refused redirect counts as one naming no leader: the seeds are tried.
   */
  redirectPolicy?: RedirectPolicy;
  /** Redirects followed per round before backing off (default 3). */
  maxRedirectHops?: number;
  /** Request connections to the leader (default 4; the official clients use 10). */
  poolSize?: number;
  /** Connection (reconnect) backoff; default the machines' `spreadBackoff`. */
  backoff?: BackoffPolicy;
  /** Request retry backoff (busy, 2013, lost connection); default the request machine's `exponentialBackoff` (100 ms·2^n + 0–49 ms). */
  retryBackoff?: BackoffPolicy;
  /** Watch resubscribe backoff; default `spreadBackoff`. */
  watchBackoff?: BackoffPolicy;
  /** A watch with no frame for this long is presumed dead and reopened, ms (default 15000; the server heartbeats every ~5 s). */
  watchLivenessTimeout?: number;
  /** Largest response body accepted, bytes (default 64 MiB). */
  maxResponseSize?: number;
  /** Deepest nesting of arrays and maps accepted in a response (default 32, also for 0, negative or NaN; responses use 5). */
  maxDepth?: number;
  /**
   * Most heap a decoded response may take, estimated from its bytes before decoding (default
   * 256 MiB). A response over it, or nested deeper than `maxDepth`, fails with a
   * `CeleriantFrameError` of kind `too-complex` and the connection is dropped.
   */
  maxDecodedSize?: number;
  /** Largest request body sent, bytes (default 10,000,000). */
  maxRequestSize?: number;
  /** Per-code verdict overrides, as data. */
  overrides?: readonly VerdictOverride[];
  /** Uniform random source in [0, 1) for every backoff (seed it in simulations). */
  random?: () => number;
  /** Passed to xstate's `createActor` for every actor of the session (Stately inspector, ...). */
  inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
  /**
   * xstate clock (e.g. `SimulatedClock`) for every timer of the session: the machines' and the
   * driver's (request timeouts, idle eviction, watch liveness). Default: the platform timers.
   */
  clock?: SessionClock;
}
