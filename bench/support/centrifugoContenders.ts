import { Centrifuge } from 'centrifuge';
import { WebSocket } from 'ws';
import type { createCentrifugoSession as CreateSession } from '../../src/protocols/centrifugo/createCentrifugoSession.ts';
import { type Contender, until } from './measureHeap.ts';

interface Stated {
  readonly state: string;
}
const allSubscribed = (subs: Stated[]) => () => subs.every((sub) => sub.state === 'subscribed');

/** Options of {@link codestateCentrifugo}. */
export interface CodestateCentrifugoOptions {
  /** One `status` listener per subscription (what an app that shows each one's state adds). */
  statusListeners?: boolean;
}

/** The codestate Centrifugo session (`create` is `createCentrifugoSession`, from dist or src). */
export function codestateCentrifugo(
  create: typeof CreateSession,
  url: string,
  options: CodestateCentrifugoOptions = {},
): Contender {
  const session = create({ url, WebSocket });
  const listen = options.statusListeners === true;
  return {
    name: listen
      ? 'codestate createCentrifugoSession, one status listener each'
      : 'codestate createCentrifugoSession',
    async connect() {
      session.connect();
      await until(() => session.state === 'connected', 'codestate connected');
    },
    async subscribe(prefix, count) {
      const subs = Array.from({ length: count }, (_, i) => session.subscribe(`${prefix}${i}`));
      if (listen) for (const sub of subs) sub.on('status', () => {});
      await until(allSubscribed(subs), `codestate: ${count} subscribed`);
    },
    close: async () => session.stop(),
  };
}

/** The official centrifuge-js client. */
export function officialCentrifugo(url: string): Contender {
  const client = new Centrifuge(url, { websocket: WebSocket });
  return {
    name: 'centrifuge 5.8.0 (official)',
    async connect() {
      client.connect();
      await until(() => client.state === 'connected', 'centrifuge connected');
    },
    async subscribe(prefix, count) {
      const subs = Array.from({ length: count }, (_, i) => {
        const sub = client.newSubscription(`${prefix}${i}`);
        sub.subscribe();
        return sub;
      });
      await until(allSubscribed(subs), `centrifuge: ${count} subscribed`);
    },
    close: async () => client.disconnect(),
  };
}
