import type { NatsSession } from '../protocols/nats/natsSessionTypes.ts';
import type { NatsSubscription } from '../protocols/nats/natsSubscription.ts';
import { type HostParts, routeHostMessage } from './hostRouter.ts';
import { toWireMessage } from './natsWire.ts';
import type { ShareMessage, ShareMessageBody, ShareSubscribeOptions } from './shareMessages.ts';

interface SubjectEntry {
  readonly tabs: Set<string>;
  readonly handle: NatsSubscription;
  readonly off: Array<() => void>;
}

/** The leader's side of a shared NATS session. */
export interface NatsHost {
  readonly session: NatsSession;
  receive(message: ShareMessage): void;
  subscriptionOf(key: string): NatsSubscription | undefined;
  stop(): void;
}

/** The key of a subscription across tabs: the subject, and the queue group after a space. */
export const subscriptionKey = (subject: string, queue: string | undefined): string =>
  queue === undefined ? subject : `${subject} ${queue}`;

/**
 * The leader's host for NATS: one SUB per subject and queue group however many tabs want it,
 * messages fanned out (payload bytes, headers, reply subject), `publish`, `request`, `flush` and
 * `drain` run for the tabs that forward them.
 */
export function createNatsHost(session: NatsSession, send: (body: ShareMessageBody) => void): NatsHost {
  const subjects = new Map<string, SubjectEntry>();
  const offs = [
    session.on('status', (status) => send({ type: 'status', status })),
    session.on('error', (event) => send({ type: 'event', name: 'error', event })),
  ];
  const addTab = (key: string, tab: string, options: ShareSubscribeOptions) => {
    const existing = subjects.get(key);
    if (existing) {
      existing.tabs.add(tab);
      send({ type: 'subStatus', to: tab, channel: key, status: existing.handle.status });
      return;
    }
    const subject = key.split(' ')[0] ?? key;
    const handle = session.subscribe(subject, options.queue === undefined ? {} : { queue: options.queue });
    subjects.set(key, {
      tabs: new Set([tab]),
      handle,
      off: [
        handle.on('status', (status) => send({ type: 'subStatus', channel: key, status })),
        handle.on('message', (message) =>
          send({ type: 'event', channel: key, name: 'message', event: toWireMessage(message) }),
        ),
      ],
    });
    send({ type: 'subStatus', channel: key, status: handle.status });
  };
  const removeTab = (key: string, tab: string) => {
    const entry = subjects.get(key);
    if (!entry?.tabs.delete(tab) || entry.tabs.size > 0) return;
    for (const off of entry.off) off();
    subjects.delete(key);
    entry.handle.unsubscribe();
  };
  const parts: HostParts = {
    session,
    send,
    addTab,
    removeTab,
    channels: () => [...subjects.keys()],
    calls: {
      publish: ([subject, data, options]) =>
        session.publish(String(subject), data as never, (options ?? {}) as never),
      request: async ([subject, data, options]) =>
        toWireMessage(await session.request(String(subject), data as never, (options ?? {}) as never)),
      flush: () => session.flush(),
      drain: () => session.drain(),
    },
  };
  return {
    session,
    receive: (message) => routeHostMessage(parts, message),
    subscriptionOf: (key) => subjects.get(key)?.handle,
    stop() {
      for (const off of offs) off();
      for (const entry of subjects.values()) for (const off of entry.off) off();
      subjects.clear();
      session.stop();
    },
  };
}
