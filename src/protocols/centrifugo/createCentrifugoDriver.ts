import { fromCallback } from 'xstate';
import { classifyCentrifugo } from '../../codes/centrifugo/classifyCentrifugo.ts';
import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import type { Verdict } from '../../codes/types.ts';
import { type CentrifugoFrame, decodeCentrifugoFrames } from '../../frames/centrifugo/index.ts';
import { type MessageTransport, openWebSocket } from '../../transports/openWebSocket.ts';
import type { WebSocketConstructor } from '../../transports/webSocketLike.ts';
import { buildConnect } from './buildCommands.ts';
import type { CentrifugoCallError } from './CentrifugoCallError.ts';
import type { CentrifugoDriver, DriverHooks } from './CentrifugoDriver.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import { createChannelRegistry } from './channelRegistry.ts';
import { unauthorizedConnection } from './clientVerdict.ts';
import { type CommandLink, createCommandLink, type ReplyFrame } from './createCommandLink.ts';
import { createConnectionToken } from './createConnectionToken.ts';
import type { DriverContext } from './DriverContext.ts';
import type { ConnectionDriverCommand, ConnectionDriverEvent } from './driverEvents.ts';
import { handlePush } from './handlePush.ts';
import { scheduleConnectionRefresh } from './refreshConnectionToken.ts';
import { createServerSubs } from './serverSubs.ts';
import { subscribeChannel } from './subscribeChannel.ts';

/** Defaults of centrifuge-js 5.8 (spec §5). */
const DEFAULT_TIMEOUT = 5000;
const DEFAULT_MAX_SERVER_PING_DELAY = 10_000;

/**
 * Builds the driver for one session. It classifies every close frame, disconnect push, unsubscribe
 * push and reply error with `classifyCentrifugo` (and the overrides) and hands the verdict to the machines; it acts on verdict
 * actions and flags (`clearToken`, `resetPosition`), never on raw codes.
 */
export function createCentrifugoDriver(
  options: CentrifugoDriverOptions,
  WebSocket: WebSocketConstructor,
  hooks: DriverHooks = {},
): CentrifugoDriver {
  const classify = createProtocolClassifier(classifyCentrifugo, options.overrides);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxServerPingDelay = options.maxServerPingDelay ?? DEFAULT_MAX_SERVER_PING_DELAY;
  const decodeOptions = options.maxFrameBytes ? { maxFrameBytes: options.maxFrameBytes } : {};
  const channels = createChannelRegistry();
  const serverSubs = createServerSubs();
  const token = createConnectionToken(options.token ?? '', options.getToken);
  let toMachine: (event: ConnectionDriverEvent) => void = () => {};
  // Bumped on every teardown: callbacks of an older socket compare and bail out.
  let generation = 0;
  let transport: MessageTransport | undefined;
  let link: CommandLink | undefined;
  let up = false;
  let pong = false;
  let stopRefresh: () => void = () => {};
  let openTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (verdict: Verdict) => {
    token.onVerdict(verdict);
    if (verdict.resetPosition) {
      channels.invalidateAll();
      serverSubs.invalidate();
    }
    toMachine({ type: 'server.verdict', verdict });
  };

  const teardown = (code = 1000, reason = '') => {
    generation++;
    stopRefresh();
    clearTimeout(openTimer);
    up = false;
    pong = false;
    transport?.close(code, reason);
    transport = undefined;
    const old = link;
    link = undefined;
    channels.dropSocket();
    old?.failAll();
  };

  const ctx: DriverContext = {
    classify,
    timeout,
    channels,
    get link() {
      return link;
    },
    report,
    fail(reason) {
      teardown();
      toMachine({ type: 'transport.error', reason });
    },
  };

  const onConnected = (current: CommandLink, reply: ReplyFrame) => {
    const result = reply.reply.connect;
    if (!result) return ctx.fail('connect reply without a connect result');
    up = true;
    pong = result.pong;
    serverSubs.accept(result.subs);
    if (result.expires) {
      const gen = generation;
      const setStop = (stop: () => void) => {
        stopRefresh = stop;
      };
      const refresh = {
        token,
        link: current,
        timeout,
        classify,
        report,
        setStop,
        isCurrent: () => gen === generation,
      };
      scheduleConnectionRefresh(refresh, result.ttl);
    }
    hooks.onConnected?.(result);
    // The no-ping watchdog: the server's interval plus the grace (spec §6); 0 turns it off.
    const liveness = result.ping > 0 && maxServerPingDelay > 0 ? result.ping * 1000 + maxServerPingDelay : 0;
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
      if (pong) link?.post({});
    } else if (frame.type === 'reply') {
      link?.settle(frame);
    } else {
      handlePush(frame.push, { ...ctx, serverSubs, teardown, hooks });
    }
  };

  const onMessage = (gen: number, data: unknown) => {
    const decoded = decodeCentrifugoFrames(data, decodeOptions);
    // centrifuge-js treats an undecodable message as a closed transport and reconnects.
    if (!decoded.ok) return ctx.fail(`bad frame: ${decoded.error.message}`);
    if (decoded.frames.length > 0) toMachine({ type: 'activity' });
    for (const frame of decoded.frames) {
      if (gen !== generation) return;
      onFrame(frame);
    }
  };

  const open = async (command: Extract<ConnectionDriverCommand, { type: 'driver.open' }>) => {
    teardown();
    const gen = generation;
    const readiness = await token.prepare(command.freshCredentials);
    if (gen !== generation) return;
    if (readiness === 'unauthorized') return report(unauthorizedConnection());
    if (readiness === 'failed') return toMachine({ type: 'transport.error', reason: 'getToken failed' });
    const socket = openWebSocket(command.target ?? options.url, WebSocket, {
      onOpen: () => {
        if (gen !== generation) return;
        clearTimeout(openTimer);
        const current = createCommandLink((text) => socket.send(text));
        link = current;
        const body = buildConnect(options, token.value, serverSubs.positions());
        current.call('connect', body, timeout, (outcome) =>
          outcome.type === 'reply' ? onConnected(current, outcome) : onConnectError(outcome),
        );
        // Subscriptions that need no async token ride in the same frame as connect (spec §1).
        for (const record of channels.waiting()) void subscribeChannel(ctx, record, false);
      },
      onMessage: (data) => {
        if (gen === generation) onMessage(gen, data);
      },
      onClose: (close) => {
        if (gen !== generation) return;
        teardown();
        if (close.neverOpened) return toMachine({ type: 'transport.error', reason: 'transport closed' });
        report(classify({ protocol: 'centrifugo', kind: 'close', code: close.code, reason: close.reason }));
      },
    });
    transport = socket;
    // The open timeout starts once the token is in hand, as in centrifuge-js: a slow getToken
    // is not a connect timeout. The connect reply has its own timeout (the command's).
    openTimer = setTimeout(() => {
      if (gen === generation) ctx.fail('transport open timeout');
    }, timeout);
  };

  return {
    channels,
    classify,
    context: ctx,
    connectionActor: fromCallback<ConnectionDriverCommand>(({ sendBack, receive }) => {
      toMachine = sendBack as (event: ConnectionDriverEvent) => void;
      receive((command) => {
        if (command.type === 'driver.open') void open(command);
        // Close reasons must stay under 123 bytes on the wire.
        else teardown(1000, command.reason.slice(0, 120));
      });
      return () => teardown();
    }),
    setToken: (next) => token.set(next),
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
