import { connect, type NatsConnection, type NodeConnectionOptions } from '@nats-io/transport-node';
import { waitUntil } from './waitUntil.ts';

/** An official nats.js (@nats-io/transport-node 3.4) connection with its status events recorded. */
export interface NatsJsProbe {
  nc: NatsConnection;
  /** Status event types in arrival order (`disconnect`, `reconnect`, `ldm`, `error:<message>`, ...). */
  events: string[];
  /** Set once `closed()` resolved: `'ok'` or the error's name. */
  closedWith: string | undefined;
}

/** nats.js's `connect` (TCP, transport-node) or `wsconnect` (WebSocket, nats-core). */
export type NatsJsConnect = (options: NodeConnectionOptions) => Promise<NatsConnection>;

/** Connects nats.js with test-sized timers, like the codestate sessions of the same scenarios. */
export async function natsJs(
  options: NodeConnectionOptions,
  dial: NatsJsConnect = connect,
): Promise<NatsJsProbe> {
  const nc = await dial({ reconnectTimeWait: 50, reconnectJitter: 10, timeout: 2000, ...options });
  const probe: NatsJsProbe = { nc, events: [], closedWith: undefined };
  void (async () => {
    for await (const status of nc.status()) {
      const error = status.type === 'error' ? (status as { error?: Error }).error?.message : undefined;
      probe.events.push(error === undefined ? status.type : `error:${error}`);
    }
  })();
  void nc.closed().then((error) => {
    probe.closedWith = error ? error.name : 'ok';
  });
  return probe;
}

/** Publishes on `nc` until `received()` is true. */
export async function natsJsDelivers(
  nc: NatsConnection,
  subject: string,
  received: () => boolean,
): Promise<void> {
  await waitUntil(() => {
    if (!received() && !nc.isClosed()) nc.publish(subject, 'after-recovery');
    return received();
  }, `nats.js message on ${subject}`);
}
