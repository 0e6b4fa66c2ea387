import { classifyCentrifugo } from '../../codes/centrifugo/classifyCentrifugo.ts';
import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import { createSocketGenerations } from '../../machines/driver/socketGenerations.ts';
import { timeoutOption } from '../../machines/shared/delays.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import { sessionTimers } from '../shared/sessionTimers.ts';
import type { DriverHooks } from './CentrifugoDriver.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import { createChannelRegistry } from './channelRegistry.ts';
import { createConnectionToken } from './createConnectionToken.ts';
import type { CurrentSocket, DriverCore } from './DriverCore.ts';
import { endTransport, reportVerdict } from './reportVerdict.ts';
import { createServerSubs } from './serverSubs.ts';
import { createTransportPlan, type TransportPlan } from './transports/createTransportPlan.ts';

/** Defaults of centrifuge-js 5.8 (spec §5). */
const DEFAULT_TIMEOUT = 5000;
const DEFAULT_MAX_SERVER_PING_DELAY = 10_000;

/**
 * Builds the {@link DriverCore} of one driver: the classifier with the session's overrides, the
 * timeouts, the channel registry, the server-side subscriptions, the connection token, the
 * generation guard, no socket yet, and the {@link DriverContext} the subscription helpers get.
 * `transports` is the plan, or a WebSocket constructor for the single WebSocket `url`.
 */
export function createDriverCore(
  options: CentrifugoDriverOptions,
  transports: WebSocketConstructor | TransportPlan,
  hooks: DriverHooks,
): DriverCore {
  // A constructor: the single WebSocket `url`, as before transport lists (no emulation settings needed).
  const plan =
    typeof transports === 'function'
      ? createTransportPlan(options.url, undefined, {
          WebSocket: transports,
          emulationEndpoint: '',
          maxFrameBytes: 0,
        })
      : transports;
  const socket: CurrentSocket = { up: false, pong: false, stopRefresh: () => {} };
  const serverSubs = createServerSubs(hooks.serverEvents ?? { emit() {} });
  const core: DriverCore = {
    options,
    hooks,
    plan,
    // Late-bound: the machine's `sendBack` replaces `toMachine` when the driver actor starts.
    gens: createSocketGenerations((event) => core.toMachine(event)),
    token: createConnectionToken(options.token ?? '', options.getToken),
    serverSubs,
    ctx: {
      classify: createProtocolClassifier(classifyCentrifugo, options.overrides),
      // 0 and Infinity turn a timeout off (src/machines/shared/delays.ts has the rule).
      timeout: timeoutOption(options.timeout, DEFAULT_TIMEOUT),
      timers: sessionTimers(options.clock),
      random: options.random ?? Math.random,
      channels: createChannelRegistry(),
      get link() {
        return socket.link;
      },
      report: (verdict) => reportVerdict(core, verdict),
      fail: (reason) => endTransport(core, core.gens.current, reason),
      serverSubs,
      hooks,
    },
    socket,
    connectParams: { data: options.data, headers: options.headers },
    refreshStreak: { shortTtls: 0 },
    maxServerPingDelay: timeoutOption(options.maxServerPingDelay, DEFAULT_MAX_SERVER_PING_DELAY),
    decodeOptions: options.maxFrameBytes ? { maxFrameBytes: options.maxFrameBytes } : {},
    batching: false,
    toMachine: () => {},
  };
  return core;
}
