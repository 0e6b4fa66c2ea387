import type { ActorRefFrom } from 'xstate';
import type { connectionMachine } from '../../machines/connection/connection.machine.ts';
import type { ConnectionStatus } from '../../machines/connection/connection.selectors.ts';
import type { ConnectionState } from '../../machines/connection/connection.types.ts';
import type { EventListeners } from './EventListeners.ts';

/**
 * The shape every WebSocket-style session shares (DESIGN.md, "Sessions"): the connection state
 * and its UI model, the `status` event that carries that model (on every change), the app's three
 * buttons, `stop()` and the connection actor.
 */
export interface Session<Status extends ConnectionStatus, Events extends { status: Status }>
  extends EventListeners<Events> {
  /** `idle` | `connecting` | `connected` | `reconnecting` | `closed`. */
  readonly state: ConnectionState;
  /** The UI model: state, attempt, `nextRetryAt`, last code and reason, rule, terminal, canRetryNow. */
  readonly status: Status;
  /** The connection machine's actor, for inspectors and `@xstate/react`. */
  readonly actor: ActorRefFrom<typeof connectionMachine>;
  /** Starts connecting (from `idle` or `closed`). Throws the protocol's stopped error after `stop()`. */
  connect(): void;
  /** Closes the connection; `state` goes to `idle` and subscriptions wait for the next `connect()`. */
  disconnect(): void;
  /** Skips the current reconnect wait. */
  retryNow(): void;
  /**
   * Stops every actor and closes the socket at once. The session cannot be used afterwards: `state`
   * stays `closed` (status `rule: 'stopped'`), calls fail at once with the protocol's typed error
   * that says the session was stopped; a second `stop()` does nothing.
   */
  stop(): void;
}
