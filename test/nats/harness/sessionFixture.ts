import { WebSocket } from 'ws';
import {
  createNatsSession,
  type NatsSession,
  type NatsSessionOptions,
} from '../../../src/protocols/nats/index.ts';
import type { NatsServer } from './natsServer.ts';
import { waitUntil } from './waitUntil.ts';

/** The two transports every scenario runs over. */
export const TRANSPORTS = ['tcp', 'ws'] as const;
export type TransportKind = (typeof TRANSPORTS)[number];

/** The URL of `server` for a transport. */
export const urlOf = (server: NatsServer, kind: TransportKind): string =>
  kind === 'tcp' ? server.url : server.wsUrl;

const open: NatsSession[] = [];

/** A session with test-sized timers (fast reconnects, short handshake timeout); closed by `closeSessions`. */
export function testSession(options: NatsSessionOptions): NatsSession {
  const session = createNatsSession({
    WebSocket,
    reconnectTimeWait: 50,
    reconnectJitter: 10,
    timeout: 2000,
    ...options,
  });
  open.push(session);
  return session;
}

/** Disconnects every session created by {@link testSession}. */
export function closeSessions(): void {
  for (const session of open.splice(0)) session.disconnect();
}

/** Records every distinct connection state the session goes through. */
export function stateLog(session: NatsSession): string[] {
  const states: string[] = [session.state];
  session.on('status', (status) => {
    if (states.at(-1) !== status.state) states.push(status.state);
  });
  return states;
}

/** Connects and waits for `connected`. */
export async function connected(session: NatsSession): Promise<NatsSession> {
  session.connect();
  await waitUntil(() => session.state === 'connected', 'session connected');
  return session;
}

/** Publishes from `publisher` until `received()` is true (a message published after recovery arrives). */
export async function deliversAfterRecovery(
  publisher: NatsSession,
  subject: string,
  received: () => boolean,
): Promise<void> {
  await waitUntil(() => {
    if (!received()) publisher.publish(subject, 'after-recovery');
    return received();
  }, `a message on ${subject} after recovery`);
}
