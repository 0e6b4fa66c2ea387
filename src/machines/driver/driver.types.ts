/**
 * The driver contract: how a protocol's driver and the connection machine split the work. It is
 * written once here and followed by the Centrifugo, NATS and Celeriant drivers.
 *
 * 1. **The machine opens.** A driver dials only on `driver.open`; each open starts a new socket
 *    generation (`createSocketGenerations`). A driver never reconnects on its own.
 * 2. **The machine tears down, once.** When a socket ends (the server said why, or the transport
 *    failed) the driver reports it and does not close anything: the machine decides, and its
 *    `driver.close` (on entering `reconnecting` or `closed`, and on `disconnect`) is the one place a
 *    socket is released. `driver.close` with nothing open, and stopping the driver after a close,
 *    release nothing.
 * 3. **One report per socket end.** Exactly one `server.verdict` (when the server said why: a close
 *    frame, a disconnect push, an `-ERR`, an ErrorResponse) or one `transport.error` (otherwise). A
 *    verdict the machine would not act on (`ignore`) is sent as `transport.error` when the socket
 *    really ended, so a dead socket never looks connected.
 * 4. **Stale callbacks are dropped.** Everything a socket does after its end was reported, or after
 *    a newer `driver.open`, is ignored (compare generations with `isCurrent`).
 *
 * Subscription drivers (`SubscriptionDriverCommand`) follow 1, 3 and 4 with `driver.subscribe`
 * as the open. The subscription machine sends no close for a lost subscription (its
 * `driver.unsubscribe` is the app's), so a subscription driver that owns a stream (the Celeriant
 * watch) releases it when it reports the loss.
 * @module
 */
import type { Verdict } from '../../codes/types.ts';

export type { ConnectionDriverCommand } from '../connection/connection.types.ts';
export type { SubscriptionDriverCommand } from '../subscription/subscription.types.ts';

/** How a socket ended: what the server said, or a transport failure with a short reason. */
export type SocketEnd =
  | { type: 'server.verdict'; verdict: Verdict }
  | { type: 'transport.error'; reason: string };

/** Every event a connection driver sends back to the connection machine. */
export type ConnectionDriverEvent =
  | SocketEnd
  /** The handshake finished; `livenessTimeout` (ms) arms the machine's no-frame watchdog. */
  | { type: 'transport.connected'; livenessTimeout?: number }
  /** A frame arrived (restarts the liveness watchdog). */
  | { type: 'activity' };
