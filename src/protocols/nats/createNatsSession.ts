import { createProtocolClassifier } from '../../codes/createProtocolClassifier.ts';
import { classifyNats } from '../../codes/nats/classifyNats.ts';
import type { Session } from '../shared/Session.ts';
import { sessionTimers } from '../shared/sessionTimers.ts';
import { createNatsCore } from './createNatsCore.ts';
import { lameDuckVerdict } from './lameDuckVerdict.ts';
import { natsClientApi } from './natsClientApi.ts';
import { checkSubject } from './natsError.ts';
import { NatsLink } from './natsLink.ts';
import { natsMessagingApi } from './natsMessagingApi.ts';
import { createPublish, reconnectBufferFor } from './natsPublish.ts';
import { type NatsSessionOptions, serverUrls } from './natsSessionOptions.ts';
import { natsLinkSettings, natsServerPool } from './natsSessionSettings.ts';
import type { NatsSession, NatsSessionEvents, NatsStats, NatsStatus } from './natsSessionTypes.ts';
import type { NatsSubscription } from './natsSubscription.ts';
import { newInbox, RequestMux } from './requestMux.ts';
import { createSubscriptionRegistry } from './subscriptionRegistry.ts';

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
  // The inbox takes its random id before the pool shuffles: a seeded `random` gives the same run.
  const mux = new RequestMux(clock, random, inboxPrefix);
  const stats: NatsStats = { inMsgs: 0, inBytes: 0, outMsgs: 0, outBytes: 0 };
  const buffer = reconnectBufferFor(options);
  const urls = serverUrls(options.servers);
  const classify = createProtocolClassifier(classifyNats, options.overrides);
  const settings = natsLinkSettings(options, urls, clock, classify);
  const pool = natsServerPool(options, urls, random);
  // The connected server announced lame duck mode (INFO `ldm`); the status clears it once down.
  let lameDuck = false;

  // The link reports facts; the session routes messages and verdicts and tells the app.
  const link: NatsLink = new NatsLink(pool, settings, {
    toMachine: (event) => core.actor.send(event),
    onMessage: (frame) => {
      stats.inMsgs++;
      stats.inBytes += frame.payload.length;
      subs.deliver(frame, publish);
    },
    onScopedVerdict: (verdict) => subs.verdict(verdict),
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
  });
  const slowConsumer = (subscription: NatsSubscription, pending: number) =>
    core.events.emit('slowConsumer', { subscription, pending });
  const subs = createSubscriptionRegistry(options, link, mux, slowConsumer, clock);
  const core = createNatsCore(options, urls, random, link, pool, subs, buffer, (state) => {
    if (state !== 'connected') lameDuck = false;
    return lameDuck;
  });
  const publish = createPublish(core, link, buffer, stats);

  return core.extend({
    get info() {
      return link.info;
    },
    ...natsMessagingApi(core, link, subs, mux, publish),
    ...natsClientApi(core, link, clock, stats),
    createInbox: () => newInbox(random, inboxPrefix),
    timers: clock,
  } satisfies Omit<NatsSession, keyof Session<NatsStatus, NatsSessionEvents>>);
}
