import { createActor, fromCallback } from 'xstate';
import { verdictFrom } from '../../codes/verdictFrom.ts';
import {
  type ConnectionDriverCommand,
  type ConnectionState,
  createConnectionMachine,
  createNatsBackoff,
  selectConnectionStatus,
} from '../../machines/index.ts';
import { createTcpTransport } from '../../transports/tcpTransport.ts';
import type { TransportFactory } from '../../transports/transport.ts';
import { createWebSocketTransport } from '../../transports/webSocketTransport.ts';
import { createEmitter } from './createEmitter.ts';
import { type ConnectOptions, encodeHeaders, encodePub, encodeSub, encodeUnsub } from './encodeCommands.ts';
import { checkSubject, NatsError } from './natsError.ts';
import { NatsLink } from './natsLink.ts';
import { toMessage } from './natsMessage.ts';
import { type NatsSessionOptions, realClock, serverUrls } from './natsSessionOptions.ts';
import type { NatsSession, NatsSessionEvents, NatsStatus } from './natsSessionTypes.ts';
import { createNatsSubscription, type SubscriptionEntry } from './natsSubscription.ts';
import { permissionTarget } from './permissionTarget.ts';
import { RequestMux } from './requestMux.ts';
import { ServerPool } from './serverPool.ts';

/** The client version sent in CONNECT. */
export const NATS_CLIENT_VERSION = '0.1.0';

const enc = new TextEncoder();
const bytesOf = (data: Uint8Array | string | undefined): Uint8Array =>
  typeof data === 'string' ? enc.encode(data) : (data ?? new Uint8Array(0));

/**
 * Creates a NATS session: the shared connection machine decides (reconnect, close, back off)
 * from verdicts of `classify()`; the {@link NatsLink} speaks the wire; every subscription is a
 * shared subscription machine, resubscribed (same sid) after each reconnect.
 */
export function createNatsSession(options: NatsSessionOptions): NatsSession {
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const events = createEmitter<NatsSessionEvents>();
  const subs = new Map<number, SubscriptionEntry>();
  let nextSid = 0;
  let lameDuck = false;
  let draining = false;
  let tcp: TransportFactory | undefined;
  const ws = createWebSocketTransport(options.WebSocket);
  const pool = new ServerPool(serverUrls(options.servers), {
    random,
    ...(options.noRandomize !== undefined ? { noRandomize: options.noRandomize } : {}),
    ...(options.maxReconnectAttempts !== undefined
      ? { maxReconnectAttempts: options.maxReconnectAttempts }
      : {}),
  });
  const connectOptions = (): ConnectOptions => ({
    ...(options.user !== undefined ? { user: options.user } : {}),
    ...(options.pass !== undefined ? { pass: options.pass } : {}),
    ...(options.token !== undefined ? { auth_token: options.token } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
    echo: options.echo ?? true,
    headers: true,
    no_responders: true,
    lang: 'codestate',
    version: NATS_CLIENT_VERSION,
    verbose: false,
    pedantic: false,
    protocol: 1,
  });
  const mux = new RequestMux(clock, random);
  let muxSub: SubscriptionEntry | undefined;

  const link: NatsLink = new NatsLink(
    pool,
    {
      transportFor: (url) => {
        if (/^wss?:\/\//i.test(url)) return ws;
        tcp ??= createTcpTransport(4222);
        return tcp;
      },
      connectOptions,
      pingInterval: options.pingInterval ?? 120_000,
      maxPingOut: options.maxPingOut ?? 2,
      maxControlLine: options.maxControlLine ?? 4096,
      clock,
    },
    {
      toMachine: (event) => actor.send(event),
      onMessage: (frame) => {
        const message = toMessage(frame);
        if (frame.sid === muxSub?.handle.sid) mux.deliver(message);
        else subs.get(frame.sid)?.deliver(message);
      },
      onScopedVerdict: (verdict) => {
        const target = permissionTarget(verdict);
        if (verdict.scope === 'request') mux.failSubject(target.subject, verdict);
        if (verdict.scope !== 'subscription') return;
        for (const entry of [...subs.values(), ...(muxSub ? [muxSub] : [])]) {
          const { subject, queue } = entry.handle;
          if (subject === target.subject && (target.queue === undefined || target.queue === queue)) {
            entry.handle.actor.send({ type: 'server.verdict', verdict });
          }
        }
      },
      onInfo: (info, server) => {
        if (info.ldm === true && link.connected && !lameDuck) {
          lameDuck = true;
          pool.demote(server);
          emitStatus();
          // Visible first (status.lameDuck while connected), then move before the server evicts us.
          const verdict = verdictFrom(
            { scope: 'connection', action: 'reconnect', immediate: true },
            'nats.info.ldm',
            {
              reason: `${server.url} entered lame duck mode`,
            },
          );
          clock.setTimeout(() => actor.send({ type: 'server.verdict', verdict }), 0);
        }
      },
      onServerError: (text, verdict) => events.emit('error', { text, verdict }),
    },
  );

  const driver = fromCallback<ConnectionDriverCommand>(({ receive }) => {
    receive((command) => {
      if (command.type === 'driver.open') link.open(command.target);
      else link.close();
    });
    return () => link.close();
  });
  const actor = createActor(createConnectionMachine({ driver }), {
    input: {
      backoff: createNatsBackoff({
        ...(options.reconnectTimeWait !== undefined ? { reconnectTimeWait: options.reconnectTimeWait } : {}),
        ...(options.reconnectJitter !== undefined ? { reconnectJitter: options.reconnectJitter } : {}),
      }),
      random,
      connectTimeout: options.timeout ?? 20_000,
      maxAuthFailures: 2,
    },
    clock: clock as never,
    ...(options.inspect ? { inspect: options.inspect } : {}),
  });

  const status = (): NatsStatus => ({
    ...selectConnectionStatus(actor.getSnapshot()),
    server: link.serverUrl ?? null,
    lameDuck,
    servers: pool.list().map((s) => s.url),
  });
  function emitStatus(): void {
    events.emit('status', status());
  }
  const allSubs = (): SubscriptionEntry[] => [...subs.values(), ...(muxSub ? [muxSub] : [])];

  let lastState: ConnectionState | undefined;
  let lastAttempt = -1;
  actor.subscribe((snapshot) => {
    const { state, attempt } = selectConnectionStatus(snapshot);
    if (state === lastState && attempt === lastAttempt) return;
    if (state !== 'connected') lameDuck = false;
    if (state === 'connected' && lastState !== 'connected')
      for (const s of allSubs()) s.handle.actor.send({ type: 'connection.up' });
    if (state !== 'connected' && lastState === 'connected')
      for (const s of allSubs()) s.handle.actor.send({ type: 'connection.down' });
    lastState = state;
    lastAttempt = attempt;
    emitStatus();
  });
  actor.start();

  const wire = {
    subscribe: (sid: number, subject: string, queue: string | undefined) =>
      link.send(encodeSub(subject, sid, queue)) ? link.flush() : Promise.resolve(false),
    unsubscribe: (sid: number) => {
      if (subs.delete(sid) || muxSub?.handle.sid === sid) link.send(encodeUnsub(sid));
    },
    connected: () => link.connected,
    clock,
    inspect: options.inspect,
  };

  function subscribe(subject: string, subOptions: { queue?: string } = {}) {
    checkSubject(subject);
    if (subOptions.queue !== undefined) checkSubject(subOptions.queue, 'queue group');
    if (draining)
      throw new NatsError('draining', 'The session is draining; no new subscriptions are accepted.');
    const sid = ++nextSid;
    const entry = createNatsSubscription(sid, subject, subOptions.queue, wire);
    if (entry.handle.state !== 'unsubscribed') subs.set(sid, entry);
    return entry;
  }

  function publish(
    subject: string,
    data?: Uint8Array | string,
    pubOptions: { reply?: string; headers?: Readonly<Record<string, string>> } = {},
  ): boolean {
    checkSubject(subject);
    if (pubOptions.reply !== undefined) checkSubject(pubOptions.reply, 'reply subject');
    const payload = bytesOf(data);
    const headers = pubOptions.headers ? encodeHeaders(pubOptions.headers) : undefined;
    const max = link.info?.max_payload;
    if (max !== undefined && payload.length + (headers?.length ?? 0) > max) {
      throw new NatsError(
        'payload-too-large',
        `The message is ${payload.length} bytes; the server accepts ${max}.`,
      );
    }
    return link.send(encodePub(subject, payload, pubOptions.reply, headers));
  }

  return {
    connect: () => actor.send({ type: 'connect' }),
    disconnect: () => actor.send({ type: 'disconnect' }),
    retryNow: () => actor.send({ type: 'retryNow' }),
    get state() {
      return selectConnectionStatus(actor.getSnapshot()).state;
    },
    get status() {
      return status();
    },
    get info() {
      return link.info;
    },
    subscribe: (subject, subOptions) => subscribe(subject, subOptions).handle,
    publish,
    async request(subject, data, reqOptions = {}) {
      checkSubject(subject);
      if (draining) throw new NatsError('draining', 'The session is draining; no new requests are accepted.');
      muxSub ??= subscribe(mux.subject);
      subs.delete(muxSub.handle.sid);
      const { reply, answer } = mux.add(subject, reqOptions.timeout ?? 5000);
      if (
        !publish(subject, data, { reply, ...(reqOptions.headers ? { headers: reqOptions.headers } : {}) })
      ) {
        mux.failAll(new NatsError('disconnected', `Not connected: the request to ${subject} was not sent.`));
      }
      return answer;
    },
    async drain() {
      draining = true;
      for (const entry of allSubs()) entry.handle.unsubscribe();
      await link.flush();
      mux.failAll(new NatsError('draining', 'The session drained before the reply arrived.'));
      actor.send({ type: 'disconnect' });
      draining = false;
    },
    flush: () => link.flush(),
    on: (type, listener) => events.on(type, listener),
    actor,
  };
}
