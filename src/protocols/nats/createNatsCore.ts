import { fromCallback } from 'xstate';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import { createSessionCore, type SessionCore } from '../shared/createSessionCore.ts';
import { sessionStoppedError } from './natsError.ts';
import type { NatsLink } from './natsLink.ts';
import type { NatsSessionOptions } from './natsSessionOptions.ts';
import { natsConnectionInput } from './natsSessionSettings.ts';
import type { NatsSessionEvents, NatsStatus } from './natsSessionTypes.ts';
import type { ReconnectBuffer } from './reconnectBuffer.ts';
import type { ServerPool } from './serverPool.ts';
import type { SubscriptionRegistry } from './subscriptionRegistry.ts';

/**
 * The shared session core on a {@link NatsLink}: the driver turns the machine's commands into
 * dials and closes, the status adds the server, lame duck mode and the pool, and each connection
 * edge goes to the subscriptions (`subs.table`) and the reconnect buffer (none with
 * `reconnectBufSize: 0`); `stop()` ends the subscriptions and the pending requests.
 * `lameDuckIn(state)` gives the status its lame duck flag (and ends it when not connected).
 */
export function createNatsCore(
  options: NatsSessionOptions,
  urls: readonly string[],
  random: () => number,
  link: NatsLink,
  pool: ServerPool,
  subs: SubscriptionRegistry,
  buffer: ReconnectBuffer | undefined,
  lameDuckIn: (state: string) => boolean,
): SessionCore<NatsStatus, NatsSessionEvents> {
  // reconnect: false — set once a connection was up since the app's connect().
  let wasUp = false;
  const driver = fromCallback<ConnectionDriverCommand>(({ receive }) => {
    receive((command) => {
      if (command.type !== 'driver.open') link.close();
      else if (options.reconnect === false && wasUp) {
        link.refuse('nats.reconnect.disabled', 'the connection dropped and reconnect is false');
      } else link.open(command.target, command.freshCredentials);
    });
    return () => link.close();
  });
  return createSessionCore({
    driver,
    input: natsConnectionInput(options, urls),
    random,
    clock: options.clock,
    inspect: options.inspect,
    status: (base) => {
      const inLameDuck = lameDuckIn(base.state);
      // Only a session on its way to a connection keeps publishes for it.
      if (base.state === 'idle' || base.state === 'closed') buffer?.clear();
      return {
        ...base,
        server: link.serverUrl ?? null,
        lameDuck: inLameDuck,
        servers: pool.list().map((s) => s.url),
      };
    },
    // NATS apps hear about state and attempt changes, not every step of the machine.
    emitStatusWhen: (last, next) => next.state !== last?.state || next.attempt !== last.attempt,
    // Forward the connection state to every subscription: up ⇒ SUB again, down ⇒ subscribing.
    // Buffered publishes go after the SUBs, so the resubscribed get them too (as nats.js).
    onConnectionChange: (up) => {
      subs.table.setConnection(up);
      if (!up) return;
      wasUp = true;
      buffer?.flush((bytes) => link.send(bytes));
    },
    // A pool emptied by failed dials would close again at once: start over from the config.
    beforeConnect: () => {
      wasUp = false;
      if (pool.list().length === 0) pool.reset();
    },
    beforeStop: () => {
      buffer?.clear();
      subs.stop();
    },
    stoppedError: sessionStoppedError,
  });
}
