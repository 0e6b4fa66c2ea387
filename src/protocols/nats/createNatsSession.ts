import { fromCallback } from 'xstate';
import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import { classifyNats } from '../../codes/nats/classifyNats.ts';
import { createNatsBackoff } from '../../machines/backoff/natsBackoff.ts';
import type { ConnectionDriverCommand } from '../../machines/connection/connection.types.ts';
import { timeoutOption } from '../../machines/shared/delays.ts';
import { createTcpTransport } from '../../transports/tcpTransport.ts';
import { createWebSocketTransport } from '../../transports/webSocketTransport.ts';
import { createSessionCore, type SessionCore } from '../shared/createSessionCore.ts';
import type { Session } from '../shared/Session.ts';
import { sessionTimers } from '../shared/sessionTimers.ts';
import { SubscriptionTable } from '../shared/subscriptionTable.ts';
import { connectOptionsFrom } from './connectOptionsFrom.ts';
import { encodePub, encodeSub, encodeUnsub } from './encodeCommands.ts';
import { lameDuckVerdict } from './lameDuckVerdict.ts';
import { checkSubject, NatsError, sessionStoppedError } from './natsError.ts';
import { encodeHeaders } from './natsHeaders.ts';
import { NatsLink } from './natsLink.ts';
import { type Responder, toMessage } from './natsMessage.ts';
import {
  DEFAULT_MAX_PENDING_BYTES,
  DEFAULT_RECONNECT_BUF_SIZE,
  isWebSocketUrl,
  type NatsSessionOptions,
  reconnectJitterFor,
  serverUrls,
} from './natsSessionOptions.ts';
import type {
  NatsSession,
  NatsSessionEvents,
  NatsStats,
  NatsStatus,
  PublishOptions,
} from './natsSessionTypes.ts';
import { createNatsSubscription, type SubscriptionEntry, type SubscriptionWire } from './natsSubscription.ts';
import { nodeTlsOptions } from './natsTls.ts';
import { ReconnectBuffer } from './reconnectBuffer.ts';
import { newInbox, RequestMux } from './requestMux.ts';
import { routeScopedVerdict } from './routeScopedVerdict.ts';
import { ServerPool } from './serverPool.ts';

const enc = new TextEncoder();
const bytesOf = (data: Uint8Array | string | undefined): Uint8Array =>
  typeof data === 'string' ? enc.encode(data) : (data ?? new Uint8Array(0));
/** A positive number option (Infinity allowed), or its default for absent, 0, negative or NaN values. */
const positiveOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && value > 0 ? value : fallback;
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };

/**
 * Creates a NATS session. The shared connection machine decides (reconnect, close, back off)
 * from verdicts of `classifyNats` (with `options.overrides`); the {@link NatsLink} speaks the wire; every subscription is a
 * shared subscription machine, resubscribed with the same sid after each reconnect.
 * @throws {TransportError} `no-websocket` when a `ws://` server is configured and no WebSocket
 * constructor is available (pass `WebSocket` from the ws package in Node 20).
 */
export function createNatsSession(options: NatsSessionOptions): NatsSession {
  const clock = sessionTimers(options.clock);
  const random = options.random ?? Math.random;
  const { inboxPrefix } = options;
  if (inboxPrefix !== undefined) checkSubject(inboxPrefix, 'inboxPrefix');
  const subs = new Map<number, SubscriptionEntry>();
  const mux = new RequestMux(clock, random, inboxPrefix);
  const stats: NatsStats = { inMsgs: 0, inBytes: 0, outMsgs: 0, outBytes: 0 };
  const bufSize = options.reconnectBufSize ?? DEFAULT_RECONNECT_BUF_SIZE;
  const buffer = bufSize > 0 ? new ReconnectBuffer(bufSize) : undefined;
  // reconnect: false — set once a connection was up since the app's connect().
  let wasUp = false;
  let muxSub: SubscriptionEntry | undefined;
  let nextSid = 0;
  let lameDuck = false;
  let draining = false;
  const urls = serverUrls(options.servers);
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
  const { noRandomize, maxReconnectAttempts, waitOnFirstConnect, ignoreClusterUpdates } = options;
  const pool = new ServerPool(urls, {
    random,
    ...defined({ noRandomize, maxReconnectAttempts, waitOnFirstConnect, ignoreClusterUpdates }),
  });
  const classify = createProtocolClassifier(classifyNats, options.overrides);
  const entries = () => (muxSub ? [...subs.values(), muxSub] : [...subs.values()]);

  const link: NatsLink = new NatsLink(
    pool,
    {
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
    },
    {
      toMachine: (event) => core.actor.send(event),
      onMessage: (frame) => {
        stats.inMsgs++;
        stats.inBytes += frame.payload.length;
        if (frame.sid === muxSub?.sid) mux.deliver(toMessage(frame, respond));
        else subs.get(frame.sid)?.deliver(toMessage(frame, respond));
      },
      onScopedVerdict: (verdict) => routeScopedVerdict(verdict, entries(), mux, muxSub?.sid),
      onInfo: (info, server, change) => {
        if (change.added.length > 0 || change.deleted.length > 0) core.events.emit('update', change);
        if (info.ldm !== true || !link.connected || lameDuck) return;
        lameDuck = true;
        pool.demote(server);
        core.emitStatus();
        // Visible first (connected with status.lameDuck), then move before the eviction starts;
        // through the link, so a verdict about a socket that is gone by then is dropped.
        const gen = link.generation;
        clock.setTimeout(() => link.report(gen, lameDuckVerdict(server.url)), 0);
      },
      onServerError: (text, verdict) => core.events.emit('error', { text, verdict }),
      onPing: (pendingPings) => core.events.emit('ping', { pendingPings }),
    },
  );

  const driver = fromCallback<ConnectionDriverCommand>(({ receive }) => {
    receive((command) => {
      if (command.type !== 'driver.open') link.close();
      else if (options.reconnect === false && wasUp) {
        link.refuse('nats.reconnect.disabled', 'the connection dropped and reconnect is false');
      } else link.open(command.target, command.freshCredentials);
    });
    return () => link.close();
  });
  const { reconnectTimeWait, reconnectDelayHandler } = options;
  const reconnectJitter = reconnectJitterFor(options, urls);
  // Every subscription runs on the subscription machine in one table; its commands go to the entry.
  const table: SubscriptionTable<SubscriptionEntry> = new SubscriptionTable<SubscriptionEntry>({
    ...defined({ clock: options.clock, inspect: options.inspect }),
    onCommand: (entry, command) => entry.command(command),
  });
  const core: SessionCore<NatsStatus, NatsSessionEvents> = createSessionCore({
    driver,
    input: {
      backoff: createNatsBackoff(defined({ reconnectTimeWait, reconnectJitter, reconnectDelayHandler })),
      connectTimeout: timeoutOption(options.timeout, 20_000),
      maxAuthFailures: 2,
    },
    random,
    clock: options.clock,
    inspect: options.inspect,
    status: (base) => {
      if (base.state !== 'connected') lameDuck = false;
      // Only a session on its way to a connection keeps publishes for it.
      if (base.state === 'idle' || base.state === 'closed') buffer?.clear();
      return { ...base, server: link.serverUrl ?? null, lameDuck, servers: pool.list().map((s) => s.url) };
    },
    // NATS apps hear about state and attempt changes, not every step of the machine.
    emitStatusWhen: (last, next) => next.state !== last?.state || next.attempt !== last.attempt,
    // Forward the connection state to every subscription: up ⇒ SUB again, down ⇒ subscribing.
    // Buffered publishes go after the SUBs, so the resubscribed get them too (as nats.js).
    onConnectionChange: (up) => {
      table.setConnection(up);
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
      mux.failAll(sessionStoppedError('request'));
      buffer?.clear();
      for (const entry of entries()) entry.end();
      table.stop();
      subs.clear();
      muxSub = undefined;
    },
    stoppedError: sessionStoppedError,
  });

  const wire: SubscriptionWire = {
    subscribe: (sid, subject, queue, max) => {
      if (!link.send(encodeSub(subject, sid, queue))) return Promise.resolve(false);
      if (max !== undefined) link.send(encodeUnsub(sid, max));
      return link.flushBatched();
    },
    unsubscribe: (sid) => {
      if (subs.delete(sid) || muxSub?.sid === sid) link.send(encodeUnsub(sid));
    },
    autoUnsubscribe: (sid, max) => link.send(encodeUnsub(sid, max)),
    slowConsumer: (subscription, pending) => core.events.emit('slowConsumer', { subscription, pending }),
    table,
    timers: clock,
  };

  function publish(subject: string, data?: Uint8Array | string, pub: PublishOptions = {}): boolean {
    core.assertLive('publish');
    checkSubject(subject);
    if (pub.reply !== undefined) checkSubject(pub.reply, 'reply subject');
    const payload = bytesOf(data);
    const headers = pub.headers ? encodeHeaders(pub.headers) : undefined;
    const size = payload.length + (headers?.length ?? 0);
    const max = link.info?.max_payload;
    if (max !== undefined && size > max) {
      throw new NatsError('payload-too-large', `The message is ${size} bytes; the server accepts ${max}.`);
    }
    const frame = encodePub(subject, payload, pub.reply, headers);
    if (!link.send(frame)) {
      const state = core.state;
      if (buffer === undefined || (state !== 'connecting' && state !== 'reconnecting')) return false;
      buffer.add(frame);
    }
    stats.outMsgs++;
    stats.outBytes += size;
    return true;
  }
  const respond: Responder = (subject, data, pub) => publish(subject, data, pub);

  function refuseWhileDraining(what: string): void {
    if (draining) throw new NatsError('draining', `The session is draining; no new ${what} are accepted.`);
  }

  return core.extend({
    get info() {
      return link.info;
    },
    subscribe(subject, sub = {}) {
      core.assertLive('subscribe');
      checkSubject(subject);
      if (sub.queue !== undefined) checkSubject(sub.queue, 'queue group');
      refuseWhileDraining('subscriptions');
      const entry = createNatsSubscription(++nextSid, subject, sub, wire);
      subs.set(entry.sid, entry);
      return entry;
    },
    publish,
    async request(subject, data, req = {}) {
      core.assertLive('request');
      checkSubject(subject);
      refuseWhileDraining('requests');
      if (muxSub === undefined || muxSub.state === 'unsubscribed') {
        muxSub = createNatsSubscription(++nextSid, mux.subject, {}, wire);
      }
      const { reply, answer, fail } = mux.add(subject, timeoutOption(req.timeout, 5000));
      try {
        if (!publish(subject, data, { reply, ...defined({ headers: req.headers }) })) {
          fail(new NatsError('disconnected', `Not connected: the request to ${subject} was not sent.`));
        }
      } catch (error) {
        // A full reconnect buffer or a bad header: the request fails with it, its timer goes too.
        fail(error as NatsError);
      }
      return answer;
    },
    async drain() {
      core.assertLive('drain');
      draining = true;
      for (const entry of entries()) entry.unsubscribe();
      await link.flush();
      mux.failAll(new NatsError('draining', 'The session drained before the reply arrived.'));
      muxSub = undefined;
      core.disconnect();
      draining = false;
    },
    async flush() {
      core.assertLive('flush');
      return link.flush();
    },
    async rtt() {
      core.assertLive('rtt');
      const start = clock.now();
      if (!(await link.flush()))
        throw new NatsError('disconnected', 'Not connected: no round trip to measure.');
      return clock.now() - start;
    },
    stats: () => ({ ...stats }),
    async reconnect() {
      core.assertLive('reconnect');
      if (link.connected) {
        link.reportLocal(link.generation, 'nats.client.reconnect', 'reconnect() called');
      } else if (core.state === 'reconnecting' || core.state === 'connecting') core.retryNow();
      else
        throw new NatsError(
          'closed',
          `reconnect() needs a session that is connecting or connected, not ${core.state}.`,
        );
    },
    createInbox: () => newInbox(random, inboxPrefix),
    timers: clock,
  } satisfies Omit<NatsSession, keyof Session<NatsStatus, NatsSessionEvents>>);
}
