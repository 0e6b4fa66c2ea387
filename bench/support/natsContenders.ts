import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { createNatsSession as CreateSession } from '../../src/protocols/nats/createNatsSession.ts';
import { type Contender, until } from './measureHeap.ts';

/** The codestate NATS session over TCP (`create` is `createNatsSession`, from dist or src). */
export function codestateNats(create: typeof CreateSession, url: string): Contender {
  const session = create({ servers: url });
  return {
    name: 'codestate createNatsSession',
    async connect() {
      session.connect();
      await until(() => session.state === 'connected', 'codestate NATS connected');
    },
    async subscribe(prefix, count) {
      const subs = Array.from({ length: count }, (_, i) => session.subscribe(`${prefix}${i}`));
      for (const sub of subs) sub.on('message', () => {});
      await until(() => subs.every((sub) => sub.state === 'subscribed'), `codestate: ${count} SUBs`);
    },
    close: async () => session.stop(),
  };
}

/** The official nats.js client, with callback subscriptions (its lightest kind). */
export function officialNats(url: string): Contender {
  let nc: NatsConnection | undefined;
  return {
    name: '@nats-io/transport-node 3.4.0 (official)',
    async connect() {
      nc = await connect({ servers: url });
    },
    async subscribe(prefix, count) {
      for (let i = 0; i < count; i++) nc?.subscribe(`${prefix}${i}`, { callback: () => {} });
      await nc?.flush();
    },
    close: async () => nc?.close(),
  };
}
