import { fromCallback } from 'xstate';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import type { ConnectionDriverEvent } from '../../machines/driver/driver.types.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import type { CentrifugoDriver, DriverHooks } from './CentrifugoDriver.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import { createDriverCore } from './createDriverCore.ts';
import { openConnection } from './openConnection.ts';
import { releaseSocket } from './releaseSocket.ts';
import type { TransportPlan } from './transports/createTransportPlan.ts';

/**
 * Builds the driver for one session. It classifies every close frame, disconnect push, unsubscribe
 * push and reply error with `classifyCentrifugo` (and the overrides) and hands the verdict to the
 * machines; it acts on verdict flags (`clearToken`, `resetPosition`), never on raw codes. It opens
 * the transport the plan names (a WebSocket `url`, or the `transports` list with its fallback). It follows
 * the driver contract (src/machines/driver/driver.types.ts): it reports a socket's end once and
 * releases the socket only on the machine's `driver.close`. Every timer runs on `options.clock`.
 *
 * The parts, each in its file: `createDriverCore` (what they share), `openConnection` (token and
 * connect data, then `openTransport`), `handleConnectReply` (which starts the token refresh),
 * `receiveFrames`, `reportVerdict` (verdicts and the transport fallback) and `releaseSocket`.
 */
export function createCentrifugoDriver(
  options: CentrifugoDriverOptions,
  transports: WebSocketConstructor | TransportPlan,
  hooks: DriverHooks = {},
): CentrifugoDriver {
  const core = createDriverCore(options, transports, hooks);
  const { ctx, socket, connectParams } = core;
  return {
    channels: ctx.channels,
    classify: ctx.classify,
    transports: core.plan,
    context: ctx,
    connectionActor: fromCallback<ConnectionDriverCommand>(({ sendBack, receive }) => {
      core.toMachine = sendBack as (event: ConnectionDriverEvent) => void;
      receive((command) => {
        if (command.type === 'driver.open') void openConnection(core, command);
        // The transport cuts the reason to the 123 UTF-8 bytes a close frame holds.
        else releaseSocket(core, 1000, command.reason);
      });
      return () => {
        core.serverSubs.stop();
        releaseSocket(core);
      };
    }),
    setToken: (next) => core.token.set(next),
    setData(data) {
      connectParams.data = data;
    },
    setHeaders(headers) {
      connectParams.headers = headers;
    },
    setBatching(on) {
      core.batching = on;
      if (!on) socket.link?.flush();
    },
    call(method, body, done) {
      const { link } = socket;
      if (!link || !socket.up) return false;
      link.call(method, body, ctx.timeout, done);
      return true;
    },
    post(command) {
      const { link } = socket;
      if (!link || !socket.up) return false;
      link.post(command);
      return true;
    },
  };
}
