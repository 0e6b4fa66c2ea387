import { fromCallback } from 'xstate';
import { classifyCentrifugo } from '../../codes/centrifugo/classifyCentrifugo.ts';
import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import type { Verdict } from '../../codes/types.ts';
import { type CentrifugoFrame, decodeCentrifugoFrames } from '../../frames/centrifugo/index.ts';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import type { ConnectionDriverEvent } from '../../machines/driver/driver.types.ts';
import { createSocketGenerations } from '../../machines/driver/socketGenerations.ts';
import { clampDelay, timeoutOption } from '../../machines/shared/delays.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import { sessionTimers } from '../shared/sessionTimers.ts';
import { buildConnect } from './buildCommands.ts';
import type { CentrifugoCallError } from './CentrifugoCallError.ts';
import type { CentrifugoDriver, DriverHooks } from './CentrifugoDriver.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import { callAppCallback } from './callAppCallback.ts';
import { createChannelRegistry } from './channelRegistry.ts';
import { connectDataFailed, transportFallback, unauthorizedConnection } from './clientVerdict.ts';
import { type CommandLink, createCommandLink, type ReplyFrame } from './createCommandLink.ts';
import { createConnectionToken } from './createConnectionToken.ts';
import type { DriverContext } from './DriverContext.ts';
import { handlePush } from './handlePush.ts';
import { scheduleConnectionRefresh } from './refreshConnectionToken.ts';
import { createServerSubs } from './serverSubs.ts';
import { subscribeChannel } from './subscribeChannel.ts';
import type { CentrifugoConnection, CentrifugoTransportClose } from './transports/CentrifugoTransport.ts';
import { createTransportPlan, type TransportPlan } from './transports/createTransportPlan.ts';

/** Defaults of centrifuge-js 5.8 (spec §5). */
const DEFAULT_TIMEOUT = 5000;
const DEFAULT_MAX_SERVER_PING_DELAY = 10_000;

/**
 * Builds the driver for one session. It classifies every close frame, disconnect push, unsubscribe
 * push and reply error with `classifyCentrifugo` (and the overrides) and hands the verdict to the
 * machines; it acts on verdict flags (`clearToken`, `resetPosition`), never on raw codes. It opens
 * the transport the plan names (a WebSocket `url`, or the `transports` list with its fallback). It follows
 * the driver contract (src/machines/driver/driver.types.ts): it reports a socket's end once and
 * releases the socket only on the machine's `driver.close`. Every timer runs on `options.clock`.
 */
export function createCentrifugoDriver(
  options: CentrifugoDriverOptions,
  transports: WebSocketConstructor | TransportPlan,
  hooks: DriverHooks = {},
): CentrifugoDriver {
  // A constructor: the single WebSocket `url`, as before transport lists (no emulation settings needed).
  const plan =
    typeof transports === 'function'
      ? createTransportPlan(options.url, undefined, {
          WebSocket: transports,
          emulationEndpoint: '',
          maxFrameBytes: 0,
        })
      : transports;
  const classify = createProtocolClassifier(classifyCentrifugo, options.overrides);
  // 0 and Infinity turn a timeout off (src/machines/shared/delays.ts has the rule).
  const timeout = timeoutOption(options.timeout, DEFAULT_TIMEOUT);
  const timers = sessionTimers(options.clock);
  const maxServerPingDelay = timeoutOption(options.maxServerPingDelay, DEFAULT_MAX_SERVER_PING_DELAY);
  const decodeOptions = options.maxFrameBytes ? { maxFrameBytes: options.maxFrameBytes } : {};
  const channels = createChannelRegistry();
  const serverSubs = createServerSubs(hooks.serverEvents ?? { emit() {} });
  const token = createConnectionToken(options.token ?? '', options.getToken);
  let toMachine: (event: ConnectionDriverEvent) => void = () => {};
  const gens = createSocketGenerations((event) => toMachine(event));
  let transport: CentrifugoConnection | undefined;
  let link: CommandLink | undefined;
  let up = false;
  let pong = false;
  let stopRefresh: () => void = () => {};
  let openTimer: unknown;
  /** Paces connection token refreshes across sockets (a ttl of 0 must not become a loop). */
  const refreshStreak = { shortTtls: 0 };
  /** What the next connect sends: `setData`, `setHeaders` and `getData` change it. */
  const connectParams = { data: options.data, headers: options.headers };
  /** `startBatching()` holds commands until `stopBatching()`. */
  let batching = false;
  const { debug } = options;

  /** A connection verdict's effects on what the driver keeps (token, positions). */
  const applyFlags = (verdict: Verdict) => {
    token.onVerdict(verdict);
    if (verdict.resetPosition) {
      channels.invalidateAll();
      serverSubs.invalidate();
    }
  };
  const report = (verdict: Verdict) => {
    if (!gens.isCurrent(gens.current)) return;
    // The server spoke over this transport: it works, the session keeps it (centrifuge-js).
    plan.worked();
    applyFlags(verdict);
    gens.report(gens.current, verdict);
  };

  /**
   * Reports a transport failure of socket `gen`. Before any transport worked, the plan moves to
   * the next transport of the list: at once during the first round (a catalog verdict with
   * `immediate`), with backoff after it. The plan moves before the machine hears of the end, so
   * the status of that transition already names the next transport and why.
   */
  function endTransport(gen: number, reason: string) {
    if (!gens.isCurrent(gen)) return;
    const step = plan.failed(reason);
    const fallback = plan.fallback;
    if (step === 'next' && fallback) {
      const verdict = transportFallback(`${fallback.from} failed (${reason}); trying ${fallback.to}`);
      gens.end(gen, { type: 'server.verdict', verdict });
    } else gens.end(gen, { type: 'transport.error', reason });
  }

  /** Releases the socket: only on `driver.close`, a new open, or when the driver stops. */
  const release = (code = 1000, reason = '') => {
    if (!gens.close()) return;
    stopRefresh();
    timers.clearTimeout(openTimer);
    up = false;
    pong = false;
    transport?.close(code, reason);
    transport = undefined;
    const old = link;
    link = undefined;
    channels.dropSocket();
    serverSubs.dropSocket();
    old?.failAll();
  };

  const ctx: DriverContext = {
    classify,
    timeout,
    timers,
    random: options.random ?? Math.random,
    channels,
    get link() {
      return link;
    },
    report,
    fail: (reason) => endTransport(gens.current, reason),
  };

  const onConnected = (current: CommandLink, reply: ReplyFrame) => {
    const result = reply.reply.connect;
    if (!result) return ctx.fail('connect reply without a connect result');
    // Over emulation every later command needs the session id: without one nothing could be sent.
    if (transport?.bind && !result.session) return ctx.fail('connect reply without an emulation session');
    up = true;
    pong = result.pong;
    plan.worked();
    transport?.bind?.(result.session ?? '', result.node ?? '');
    serverSubs.accept(result.subs);
    if (result.expires) {
      const gen = gens.current;
      const setStop = (stop: () => void) => {
        stopRefresh = stop;
      };
      const isCurrent = () => gens.isCurrent(gen);
      scheduleConnectionRefresh(
        {
          clock: ctx,
          token,
          link: current,
          timeout,
          streak: refreshStreak,
          classify,
          report,
          setStop,
          isCurrent,
        },
        result.ttl,
      );
    }
    hooks.onConnected?.(result);
    // The no-ping watchdog: the server's interval plus the grace (spec §6); 0 turns it off.
    // A server ping beyond 2^31 − 1 ms is clamped: the watchdog fires late instead of at once.
    const liveness =
      result.ping > 0 && maxServerPingDelay > 0 ? clampDelay(result.ping * 1000 + maxServerPingDelay) : 0;
    toMachine({ type: 'transport.connected', livenessTimeout: liveness });
  };

  const onConnectError = (error: CentrifugoCallError) => {
    if (error.origin === 'closed') return;
    if (error.origin === 'timeout') return ctx.fail('connect timeout');
    const { code, message, temporary } = error;
    report(classify({ protocol: 'centrifugo', kind: 'error', during: 'connect', code, message, temporary }));
  };

  const onFrame = (frame: CentrifugoFrame) => {
    if (frame.type === 'ping') {
      // Exactly one pong per ping, and only when the connect reply asked for it (spec §6).
      if (pong) link?.post({}, true);
    } else if (frame.type === 'reply') {
      link?.settle(frame);
    } else {
      handlePush(frame.push, { ...ctx, serverSubs, hooks });
    }
  };

  const onMessage = (gen: number, data: unknown) => {
    debug?.frame('receive', data);
    const decoded = decodeCentrifugoFrames(data, decodeOptions);
    // centrifuge-js treats an undecodable message as a closed transport and reconnects.
    if (!decoded.ok) return ctx.fail(`bad frame: ${decoded.error.message}`);
    if (decoded.frames.length > 0) toMachine({ type: 'activity' });
    for (const frame of decoded.frames) {
      if (!gens.isCurrent(gen)) return;
      onFrame(frame);
    }
  };

  const open = async (command: Extract<ConnectionDriverCommand, { type: 'driver.open' }>) => {
    release();
    const gen = gens.open();
    const readiness = await token.prepare(command.freshCredentials);
    if (!gens.isCurrent(gen)) return;
    // Neither is the transport's fault: no fallback step.
    const refuse = (verdict: Verdict) => {
      applyFlags(verdict);
      gens.report(gen, verdict);
    };
    if (readiness === 'unauthorized') return refuse(unauthorizedConnection());
    if (readiness === 'failed')
      return void gens.end(gen, { type: 'transport.error', reason: 'getToken failed' });
    // Fresh connect data before every connect, after the token (centrifuge-js order).
    if (options.getData) {
      const data = await callAppCallback(options.getData, undefined);
      if (!gens.isCurrent(gen)) return;
      if (data.type === 'unauthorized') return refuse(unauthorizedConnection());
      if (data.type === 'failed') return refuse(connectDataFailed());
      connectParams.data = data.value;
    }
    const { kind, endpoint } = plan.current();
    const target = command.target ?? endpoint;
    let current: CommandLink | undefined;
    const newLink = () =>
      createCommandLink((text) => socket.send(text), timers, { held: () => batching, debug });
    const connectBody = () =>
      buildConnect({ ...options, ...connectParams }, token.value, serverSubs.positions());
    const onConnectOutcome = (outcome: ReplyFrame | CentrifugoCallError) =>
      outcome.type === 'reply' ? onConnected(current as CommandLink, outcome) : onConnectError(outcome);
    let connectFrame = '';
    if (kind.emulation) {
      // Emulation: the connect command opens the stream; later commands (subscribes included)
      // go to the emulation endpoint once the connect reply named the session, as centrifuge-js.
      current = newLink();
      link = current;
      connectFrame = current.prepare('connect', connectBody(), timeout, onConnectOutcome);
      debug?.frame('send', connectFrame);
    }
    const handlers = {
      onOpen: () => {
        if (!gens.isCurrent(gen)) return;
        timers.clearTimeout(openTimer);
        if (kind.emulation) return;
        plan.worked();
        current = newLink();
        link = current;
        current.call('connect', connectBody(), timeout, onConnectOutcome);
        // Subscriptions that need no async token ride in the same frame as connect (spec §1).
        for (const record of channels.waiting()) void subscribeChannel(ctx, record, false);
      },
      onMessage: (data: unknown) => {
        if (gens.isCurrent(gen)) onMessage(gen, data);
      },
      onClose: (close: CentrifugoTransportClose) => {
        if (!gens.isCurrent(gen)) return;
        const { code, reason } = close;
        if (close.neverOpened || code === undefined)
          return endTransport(gen, `${kind.name}: ${reason || 'transport closed'}`);
        const verdict = classify({ protocol: 'centrifugo', kind: 'close', code, reason });
        // A server close code (3000 and up) means the server spoke: the transport works.
        if (code >= 3000) plan.worked();
        applyFlags(verdict);
        gens.end(gen, { type: 'server.verdict', verdict });
      },
    };
    const socket = kind.open(target, connectFrame, plan.deps, handlers);
    transport = socket;
    // The open timeout starts once the token is in hand, as in centrifuge-js: a slow getToken
    // is not a connect timeout. The connect reply has its own timeout (the command's).
    if (timeout > 0)
      openTimer = timers.setTimeout(() => {
        if (gens.isCurrent(gen)) ctx.fail('transport open timeout');
      }, timeout);
  };

  return {
    channels,
    classify,
    transports: plan,
    context: ctx,
    connectionActor: fromCallback<ConnectionDriverCommand>(({ sendBack, receive }) => {
      toMachine = sendBack as (event: ConnectionDriverEvent) => void;
      receive((command) => {
        if (command.type === 'driver.open') void open(command);
        // The transport cuts the reason to the 123 UTF-8 bytes a close frame holds.
        else release(1000, command.reason);
      });
      return () => {
        serverSubs.stop();
        release();
      };
    }),
    setToken: (next) => token.set(next),
    setData(data) {
      connectParams.data = data;
    },
    setHeaders(headers) {
      connectParams.headers = headers;
    },
    setBatching(on) {
      batching = on;
      if (!on) link?.flush();
    },
    call(method, body, done) {
      if (!link || !up) return false;
      link.call(method, body, timeout, done);
      return true;
    },
    post(command) {
      if (!link || !up) return false;
      link.post(command);
      return true;
    },
  };
}
