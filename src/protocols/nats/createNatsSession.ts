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
import { encodeHeaders, encodePub, encodeSub, encodeUnsub } from './encodeCommands.ts';
import { lameDuckVerdict } from './lameDuckVerdict.ts';
import { checkSubject, NatsError, sessionStoppedError } from './natsError.ts';
import { NatsLink } from './natsLink.ts';
import { toMessage } from './natsMessage.ts';
import {
  DEFAULT_MAX_PENDING_BYTES,
  isWebSocketUrl,
  type NatsSessionOptions,
  serverUrls,
} from './natsSessionOptions.ts';
import type { NatsSession, NatsSessionEvents, NatsStatus, PublishOptions } from './natsSessionTypes.ts';
import { createNatsSubscription, type SubscriptionEntry, type SubscriptionWire } from './natsSubscription.ts';
import { nodeTlsOptions } from './natsTls.ts';
import { RequestMux } from './requestMux.ts';
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
  const subs = new Map<number, SubscriptionEntry>();
  const mux = new RequestMux(clock, random);
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
  const { noRandomize, maxReconnectAttempts } = options;
  const pool = new ServerPool(urls, {
    random,
    ...defined({ noRandomize, maxReconnectAttempts }),
  });
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
      classify: createProtocolClassifier(classifyNats, options.overrides),
    },
    {
      toMachine: (event) => core.actor.send(event),
      onMessage: (frame) => {
        if (frame.sid === muxSub?.sid) mux.deliver(toMessage(frame));
        else subs.get(frame.sid)?.deliver(toMessage(frame));
      },
      onScopedVerdict: (verdict) => routeScopedVerdict(verdict, entries(), mux, muxSub?.sid),
      onInfo: (info, server) => {
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
    },
  );

  const driver = fromCallback<ConnectionDriverCommand>(({ receive }) => {
    receive((command) =>
      command.type === 'driver.open' ? link.open(command.target, command.freshCredentials) : link.close(),
    );
    return () => link.close();
  });
  const { reconnectTimeWait, reconnectJitter } = options;
  // Every subscription runs on the subscription machine in one table; its commands go to the entry.
  const table: SubscriptionTable<SubscriptionEntry> = new SubscriptionTable<SubscriptionEntry>({
    ...defined({ clock: options.clock, inspect: options.inspect }),
    onCommand: (entry, command) => entry.command(command),
  });
  const core: SessionCore<NatsStatus, NatsSessionEvents> = createSessionCore({
    driver,
    input: {
      backoff: createNatsBackoff(defined({ reconnectTimeWait, reconnectJitter })),
      connectTimeout: timeoutOption(options.timeout, 20_000),
      maxAuthFailures: 2,
    },
    random,
    clock: options.clock,
    inspect: options.inspect,
    status: (base) => {
      if (base.state !== 'connected') lameDuck = false;
      return { ...base, server: link.serverUrl ?? null, lameDuck, servers: pool.list().map((s) => s.url) };
    },
    // NATS apps hear about state and attempt changes, not every step of the machine.
    emitStatusWhen: (last, next) => next.state !== last?.state || next.attempt !== last.attempt,
    // Forward the connection state to every subscription: up ⇒ SUB again, down ⇒ subscribing.
    onConnectionChange: (up) => table.setConnection(up),
    // A pool emptied by failed dials would close again at once: start over from the config.
    beforeConnect: () => {
      if (pool.list().length === 0) pool.reset();
    },
    beforeStop: () => {
      mux.failAll(sessionStoppedError('request'));
      table.stop();
      subs.clear();
      muxSub = undefined;
    },
    stoppedError: sessionStoppedError,
  });

  const wire: SubscriptionWire = {
    subscribe: (sid, subject, queue) =>
      link.send(encodeSub(subject, sid, queue)) ? link.flushBatched() : Promise.resolve(false),
    unsubscribe: (sid) => {
      if (subs.delete(sid) || muxSub?.sid === sid) link.send(encodeUnsub(sid));
    },
    table,
  };

  function publish(subject: string, data?: Uint8Array | string, pub: PublishOptions = {}): boolean {
    core.assertLive('publish');
    checkSubject(subject);
    if (pub.reply !== undefined) checkSubject(pub.reply, 'reply subject');
    const payload = bytesOf(data);
    const headers = pub.headers ? encodeHeaders(pub.headers) : undefined;
    const max = link.info?.max_payload;
    if (max !== undefined && payload.length + (headers?.length ?? 0) > max) {
      throw new NatsError(
        'payload-too-large',
        `The message is ${payload.length} bytes; the server accepts ${max}.`,
      );
    }
    return link.send(encodePub(subject, payload, pub.reply, headers));
  }

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
      const entry = createNatsSubscription(++nextSid, subject, sub.queue, wire);
      subs.set(entry.sid, entry);
      return entry;
    },
    publish,
    async request(subject, data, req = {}) {
      core.assertLive('request');
      checkSubject(subject);
      refuseWhileDraining('requests');
      if (muxSub === undefined || muxSub.state === 'unsubscribed') {
        muxSub = createNatsSubscription(++nextSid, mux.subject, undefined, wire);
      }
      const { reply, answer, fail } = mux.add(subject, timeoutOption(req.timeout, 5000));
      if (!publish(subject, data, { reply, ...defined({ headers: req.headers }) })) {
        fail(new NatsError('disconnected', `Not connected: the request to ${subject} was not sent.`));
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
  } satisfies Omit<NatsSession, keyof Session<NatsStatus, NatsSessionEvents>>);
}
