import { createNatsSession } from '../protocols/nats/createNatsSession.ts';
import { NatsError, type NatsErrorCode, sessionStoppedError } from '../protocols/nats/natsError.ts';
import type { NatsMessage, Responder } from '../protocols/nats/natsMessage.ts';
import type { NatsStatus } from '../protocols/nats/natsSessionTypes.ts';
import { createShareCore } from './createShareCore.ts';
import { createNatsHost, type NatsHost, subscriptionKey } from './natsHost.ts';
import { fromWireMessage } from './natsWire.ts';
import type {
  SharedNatsSession,
  SharedNatsSessionEvents,
  SharedNatsSessionOptions,
  SharedNatsStatus,
} from './SharedNatsSession.ts';
import { ShareError } from './ShareError.ts';
import { createSharedNatsSubscription, type SharedNatsHandle } from './sharedNatsSubscription.ts';

const NATS_DEFAULTS: Pick<NatsStatus, 'server' | 'lameDuck' | 'servers'> = {
  server: null,
  lameDuck: false,
  servers: [],
};

/**
 * A NATS session over WebSocket shared by every tab of an origin (see
 * `createSharedCentrifugoSession` for how sharing works): one tab holds the socket, one SUB per
 * subject and queue group serves every tab, `request` and `publish` from any tab go out through
 * the leader. NATS core has no replay, so messages sent while no tab leads are not recovered.
 *
 * @example
 * ```ts
 * const session = createSharedNatsSession({ servers: 'wss://nats.example.com:8443', share: { name: 'app' } })
 * session.subscribe('orders.>').on('message', (m) => console.log(m.subject, m.text()))
 * session.connect()
 * ```
 */
export function createSharedNatsSession(options: SharedNatsSessionOptions): SharedNatsSession {
  const { share, ...sessionOptions } = options;
  const handles = new Map<string, Set<SharedNatsHandle>>();
  let host: NatsHost | undefined;
  const servers = typeof options.servers === 'string' ? options.servers : options.servers.join(',');

  const core = createShareCore<SharedNatsSessionEvents>({
    name: `nats:${(share ? share.name : undefined) ?? servers}`,
    share: share === false ? undefined : (share ?? {}),
    clock: options.clock,
    inspect: options.inspect,
    stoppedError: sessionStoppedError,
    reviveError: (wire) =>
      wire.name === 'NatsError' && typeof wire.code === 'string'
        ? new NatsError(wire.code as NatsErrorCode, wire.message)
        : undefined,
    createHost(send) {
      const made = createNatsHost(createNatsSession(sessionOptions), send);
      host = made;
      return {
        receive: made.receive,
        stop: () => {
          made.stop();
          if (host === made) host = undefined;
        },
      };
    },
    wantedChannels: () =>
      [...handles.entries()].map(([key, set]) => {
        const queue = [...set][0]?.queue;
        return { channel: key, options: queue === undefined ? {} : { queue } };
      }),
    onLeaderChange: () => {
      for (const set of handles.values()) for (const handle of set) handle.awaitLeader();
    },
    onChannelMessage(message) {
      const set = handles.get(message.channel as string);
      if (!set) return;
      if (message.type === 'subStatus') {
        for (const handle of set) handle.applyStatus(message.status);
        return;
      }
      const natsMessage = fromWireMessage(message.event, respond);
      if (!natsMessage) {
        core.events.emit(
          'shareError',
          new ShareError('bad-message', `Dropped a malformed NATS message on ${message.channel}.`),
        );
        return;
      }
      for (const handle of set) handle.deliver(natsMessage);
    },
  });

  const leave = (handle: SharedNatsHandle) => {
    const set = handles.get(handle.key);
    if (!set?.delete(handle) || set.size > 0) return;
    handles.delete(handle.key);
    core.toHost({ type: 'unsub', channel: handle.key });
  };
  const status = (): SharedNatsStatus => ({ ...NATS_DEFAULTS, ...core.status() }) as SharedNatsStatus;

  // A follower's msg.respond() publishes through the leader like any publish of this tab.
  const respond: Responder = (subject, data, publishOptions) => shared.publish(subject, data, publishOptions);
  const shared: SharedNatsSession = {
    get state() {
      return core.status().state;
    },
    get status() {
      return status();
    },
    get role() {
      return core.role();
    },
    get info() {
      return host?.session.info;
    },
    get actor() {
      return host?.session.actor;
    },
    shareActor: core.roleActor,
    on: (type, listener) => core.events.on(type, listener),
    once: (type, listener) => core.events.once(type, listener),
    off: (type, listener) => core.events.off(type, listener),
    connect() {
      core.assertLive('connect');
      core.setIntent('connect');
    },
    disconnect: () => void (core.stopped || core.setIntent('disconnect')),
    retryNow: () => void (core.stopped || core.toHost({ type: 'control', action: 'retryNow' })),
    subscribe(subject, subOptions = {}) {
      core.assertLive('subscribe');
      const key = subscriptionKey(subject, subOptions.queue);
      const handle = createSharedNatsSubscription(subject, subOptions.queue, key, {
        leave,
        actor: () => host?.subscriptionOf(key)?.actor,
      });
      const set = handles.get(key) ?? new Set();
      const first = set.size === 0;
      set.add(handle);
      handles.set(key, set);
      if (first)
        core.toHost({
          type: 'sub',
          channel: key,
          options: subOptions.queue === undefined ? {} : { queue: subOptions.queue },
        });
      return handle;
    },
    publish(subject, data, publishOptions) {
      core.assertLive('publish');
      if (core.status().state !== 'connected') return false;
      core.call('publish', [subject, data, publishOptions ?? {}]).catch(() => {});
      return true;
    },
    async request(subject, data, requestOptions) {
      const wire = await core.call('request', [subject, data, requestOptions ?? {}]);
      const message: NatsMessage | undefined = fromWireMessage(wire, respond);
      if (!message)
        throw new ShareError(
          'bad-message',
          `The leading tab's reply to a request on ${subject} was malformed.`,
        );
      return message;
    },
    flush: async () => (await core.call('flush', [])) === true,
    drain: async () => void (await core.call('drain', [])),
    stop: () => core.stop(),
  };
  return shared;
}
