import { fromCallback } from 'xstate';
import { createClassifier } from '../../codes/classify.ts';
import type { CentrifugoSignal, Verdict } from '../../codes/types.ts';
import {
  type CentrifugoFrame,
  type ConnectResult,
  decodeCentrifugoFrames,
} from '../../frames/centrifugo/index.ts';
import { openWebSocket, type Transport, type TransportClose } from '../../transports/openWebSocket.ts';
import type { WebSocketConstructor } from '../../transports/WebSocketLike.ts';
import { buildConnect } from './buildCommands.ts';
import type { CentrifugoCallError } from './CentrifugoCallError.ts';
import type { CentrifugoDriverOptions } from './CentrifugoOptions.ts';
import { type ChannelRegistry, createChannelRegistry } from './channelRegistry.ts';
import { unauthorizedConnection } from './clientVerdict.ts';
import {
  type CommandLink,
  createCommandLink,
  type ReplyCallback,
  type ReplyFrame,
} from './createCommandLink.ts';
import type { DriverContext } from './DriverContext.ts';
import type { ConnectionDriverCommand, ConnectionDriverEvent } from './driverEvents.ts';
import { fetchToken } from './fetchToken.ts';
import { handlePush } from './handlePush.ts';
import { scheduleTokenRefresh } from './scheduleTokenRefresh.ts';
import { createServerSubs } from './serverSubs.ts';
import { subscribeChannel } from './subscribeChannel.ts';

/** Session-side hooks of the driver. */
export interface DriverHooks {
  /** An async `message` push (connection level). */
  onMessage?(data: unknown): void;
  /** The connect reply arrived (client id, server version, data). */
  onConnected?(result: ConnectResult): void;
}

/** The Centrifugo protocol driver: machine commands in, frames out, frames in, verdicts out. */
export interface CentrifugoDriver {
  /** The `driver` actor of the connection machine. */
  readonly connectionActor: ReturnType<typeof fromCallback<ConnectionDriverCommand>>;
  /** What subscription drivers share with the connection driver. */
  readonly context: DriverContext;
  /** The channels the driver knows. */
  readonly channels: ChannelRegistry;
  /** Sends a command on the current socket; false when no connection is up. */
  call(method: string, body: Record<string, unknown>, done: ReplyCallback): boolean;
  /** Sends a command without reply (`send`). */
  post(command: Record<string, unknown>): boolean;
  /** Replaces the connection token (centrifuge-js `setToken`); clears an expired-token state. */
  setToken(token: string): void;
  /** Classifies what the server said, with the session's overrides. */
  classify(signal: CentrifugoSignal): Verdict;
}

/** Defaults of centrifuge-js 5.8 (spec §5). */
const DEFAULT_TIMEOUT = 5000;
const DEFAULT_MAX_SERVER_PING_DELAY = 10_000;

/**
 * Builds the driver for one session. It classifies every close frame, disconnect push, unsubscribe
 * push and reply error with `classify()` and hands the verdict to the machines; it acts on verdict
 * flags (`clearToken`, `resetPosition`), never on raw codes.
 */
export function createCentrifugoDriver(
  options: CentrifugoDriverOptions,
  WebSocket: WebSocketConstructor,
  hooks: DriverHooks = {},
): CentrifugoDriver {
  const classify = createClassifier(options.overrides ? { overrides: options.overrides } : {});
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxServerPingDelay = options.maxServerPingDelay ?? DEFAULT_MAX_SERVER_PING_DELAY;
  const channels = createChannelRegistry();
  const serverSubs = createServerSubs();
  let toMachine: (event: ConnectionDriverEvent) => void = () => {};
  let token = options.token ?? '';
  let tokenStale = false;
  // Set by a `refresh-token` verdict: the next connect needs a token only `getToken` can give.
  let tokenExpired = false;
  let generation = 0;
  let transport: Transport | undefined;
  let link: CommandLink | undefined;
  let up = false;
  let pong = false;
  let stopRefresh: () => void = () => {};

  const applyFlags = (verdict: Verdict) => {
    if (verdict.clearToken && options.getToken) {
      token = '';
      tokenStale = true;
    }
    if (verdict.resetPosition) {
      channels.invalidateAll();
      serverSubs.invalidate();
    }
  };

  const report = (verdict: Verdict) => {
    if (verdict.action === 'refresh-token') tokenExpired = true;
    applyFlags(verdict);
    toMachine({ type: 'server.verdict', verdict });
  };

  const teardown = (code = 1000, reason = '') => {
    generation++;
    stopRefresh();
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
    report: (verdict: Verdict) => report(verdict),
    fail: (reason: string) => {
      teardown();
      toMachine({ type: 'transport.error', reason });
    },
  };

  const onConnectReply = (outcome: ReplyFrame | CentrifugoCallError) => {
    if (outcome.type === 'reply') {
      const result = outcome.reply.connect;
      if (!result) return ctx.fail('connect reply without a connect result');
      up = true;
      pong = result.pong;
      serverSubs.accept(result.subs);
      const gen = generation;
      stopRefresh = result.expires
        ? scheduleTokenRefresh(result.ttl, () => refreshConnection(gen))
        : () => {};
      hooks.onConnected?.(result);
      const live = result.ping > 0 && maxServerPingDelay > 0 ? result.ping * 1000 + maxServerPingDelay : 0;
      toMachine({ type: 'transport.connected', livenessTimeout: live });
      return;
    }
    if (outcome.origin === 'closed') return;
    if (outcome.origin === 'timeout') return ctx.fail('connect timeout');
    const signal = { protocol: 'centrifugo', kind: 'error', during: 'connect', code: outcome.code } as const;
    report(classify({ ...signal, message: outcome.message, temporary: outcome.temporary }));
  };

  const refreshConnection = async (gen: number): Promise<void> => {
    if (!options.getToken) return report(unauthorizedConnection());
    const outcome = await fetchToken(options.getToken, {}, true);
    if (gen !== generation || !link) return;
    if (outcome.type === 'unauthorized') return report(unauthorizedConnection());
    if (outcome.type === 'failed') {
      stopRefresh = scheduleTokenRefresh(0, () => refreshConnection(gen), 'retry-connection');
      return;
    }
    token = outcome.token;
    link.call('refresh', { token }, timeout, (reply) => {
      if (gen !== generation) return;
      if (reply.type === 'reply') {
        const result = reply.reply.refresh;
        stopRefresh = result?.expires
          ? scheduleTokenRefresh(result.ttl, () => refreshConnection(gen))
          : () => {};
        return;
      }
      const verdict =
        reply.origin === 'server'
          ? classify({
              protocol: 'centrifugo',
              kind: 'error',
              during: 'refresh',
              code: reply.code,
              message: reply.message,
              temporary: reply.temporary,
            })
          : undefined;
      if (verdict && verdict.action === 'close') return report(verdict);
      stopRefresh = scheduleTokenRefresh(0, () => refreshConnection(gen), 'retry-connection');
    });
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

  const onClose = (close: TransportClose) => {
    teardown();
    if (close.neverOpened) return toMachine({ type: 'transport.error', reason: 'transport closed' });
    report(classify({ protocol: 'centrifugo', kind: 'close', code: close.code, reason: close.reason }));
  };

  const open = async (command: Extract<ConnectionDriverCommand, { type: 'driver.open' }>) => {
    teardown();
    const gen = generation;
    // The server said the token expired and nothing can fetch a new one (centrifuge-js: unauthorized).
    if (tokenExpired && !options.getToken) return report(unauthorizedConnection());
    if (options.getToken && (command.freshCredentials || tokenStale || !token)) {
      const outcome = await fetchToken(options.getToken, {}, false);
      if (gen !== generation) return;
      if (outcome.type === 'unauthorized') return report(unauthorizedConnection());
      if (outcome.type === 'failed') return toMachine({ type: 'transport.error', reason: 'getToken failed' });
      token = outcome.token;
      tokenStale = false;
      tokenExpired = false;
    }
    const url = command.target ?? options.url;
    transport = openWebSocket(url, WebSocket, {
      onOpen: () => {
        if (gen !== generation || !transport) return;
        const current = transport;
        link = createCommandLink((text) => current.send(text));
        link.call('connect', buildConnect(options, token, serverSubs.positions()), timeout, onConnectReply);
        // Subscriptions that need no async token ride in the same frame as connect (spec §1).
        for (const record of channels.waiting()) subscribeChannel(ctx, record, false);
      },
      onMessage: (data) => {
        if (gen !== generation) return;
        const decoded = decodeCentrifugoFrames(
          data,
          options.maxFrameBytes ? { maxFrameBytes: options.maxFrameBytes } : {},
        );
        // centrifuge-js treats an undecodable message as a closed transport and reconnects.
        if (!decoded.ok) return ctx.fail(`bad frame: ${decoded.error.message}`);
        if (decoded.frames.length > 0) toMachine({ type: 'activity' });
        for (const frame of decoded.frames) {
          if (gen !== generation) return;
          onFrame(frame);
        }
      },
      onClose: (close) => {
        if (gen === generation) onClose(close);
      },
    });
  };

  return {
    channels,
    classify,
    connectionActor: fromCallback<ConnectionDriverCommand>(({ sendBack, receive }) => {
      toMachine = sendBack as (event: ConnectionDriverEvent) => void;
      receive((command) => {
        if (command.type === 'driver.open') void open(command);
        else teardown(1000, command.reason.slice(0, 120));
      });
      return () => teardown();
    }),
    context: ctx,
    setToken(next) {
      token = next;
      tokenStale = false;
      tokenExpired = false;
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
