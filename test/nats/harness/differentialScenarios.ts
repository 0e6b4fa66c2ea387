import { aliceConfig, bobConfig } from './authConfig.ts';
import type { NatsDifferential, Outcome } from './natsDifferential.ts';
import { natsJsDelivers } from './natsJsClient.ts';
import { type NatsServer, startNatsServer } from './natsServer.ts';
import {
  connected,
  deliversAfterRecovery,
  type TransportKind,
  testSession,
  urlOf,
} from './sessionFixture.ts';
import { waitUntil } from './waitUntil.ts';

/** codestate's side and nats.js's side of one scenario, in the order `compare` takes them. */
export type Outcomes = readonly [ours: Outcome, theirs: Outcome];

/** nats.js over WebSocket takes longer to report `reconnect` than `waitUntil`'s default allows. */
const NATS_JS_RECONNECT_MS: Record<TransportKind, number | undefined> = { tcp: undefined, ws: 8000 };

/** Starts nats-server with the listener `kind` needs (and `config`, if any). */
function startFor(kind: TransportKind, config?: string): Promise<NatsServer> {
  return startNatsServer({ websocket: kind === 'ws', ...(config === undefined ? {} : { config }) });
}

/** The server is stopped and started again: both reconnect and get a message published after recovery. */
export function serverRestart(
  differential: NatsDifferential,
  kind: TransportKind,
  subject: string,
): Outcomes {
  const outcome = 'reconnected, message after recovery delivered';
  const ours = async () => {
    const server = await startFor(kind);
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const sub = s.subscribe(subject);
    const got: unknown[] = [];
    sub.on('message', (m) => got.push(m));
    await waitUntil(() => sub.state === 'subscribed', 'subscribed');
    await server.stop();
    await waitUntil(() => s.state !== 'connected', 'dropped');
    await server.start();
    await waitUntil(() => s.state === 'connected', 'reconnected');
    await deliversAfterRecovery(s, subject, () => got.length > 0);
    return outcome;
  };
  const theirs = async () => {
    const server = await startFor(kind);
    const probe = await differential.probe({ servers: urlOf(server, kind) });
    const got: unknown[] = [];
    probe.nc.subscribe(subject, {
      callback: (_e, m) => {
        got.push(m);
      },
    });
    await probe.nc.flush();
    await server.stop();
    await server.start();
    await waitUntil(
      () => probe.events.includes('reconnect'),
      'nats.js reconnect',
      NATS_JS_RECONNECT_MS[kind],
    );
    await natsJsDelivers(probe.nc, subject, () => got.length > 0);
    return outcome;
  };
  return [ours, theirs];
}

/** codestate's side of a wrong password: the session ends `closed` (nats.js's side differs by transport). */
export function oursOnWrongPassword(kind: TransportKind): Outcome {
  return async () => {
    const server = await startFor(kind, aliceConfig('good'));
    const s = testSession({ servers: urlOf(server, kind), user: 'alice', pass: 'bad' });
    s.connect();
    await waitUntil(() => s.state === 'closed', 'closed');
    return 'closed';
  };
}

/** A publish over the server's max_payload (the client's limit lifted): both reconnect. */
export function maxPayload(differential: NatsDifferential, kind: TransportKind): Outcomes {
  const config = 'max_payload: 1024';
  const ours = async () => {
    const server = await startFor(kind, config);
    const s = await connected(testSession({ servers: urlOf(server, kind) }));
    const states: string[] = [];
    s.on('status', (st) => states.push(st.state));
    s.info!.max_payload = 1e7;
    s.publish('big', new Uint8Array(2000));
    await waitUntil(() => states.includes('reconnecting') && s.state === 'connected', 'reconnected');
    return 'reconnected';
  };
  const theirs = async () => {
    const server = await startFor(kind, config);
    const probe = await differential.probe({ servers: urlOf(server, kind) });
    (probe.nc as unknown as { protocol: { info: { max_payload: number } } }).protocol.info.max_payload = 1e7;
    probe.nc.publish('big', new Uint8Array(2000));
    await waitUntil(
      () => probe.events.includes('reconnect'),
      'nats.js reconnect',
      NATS_JS_RECONNECT_MS[kind],
    );
    return 'reconnected';
  };
  return [ours, theirs];
}

/** bob may not subscribe to `secret.>`: only that subscription ends, the connection stays up. */
export function subscribePermission(differential: NatsDifferential, kind: TransportKind): Outcomes {
  const ours = async () => {
    const server = await startFor(kind, bobConfig);
    const s = await connected(testSession({ servers: urlOf(server, kind), user: 'bob', pass: 'pw' }));
    const subs = [s.subscribe('secret.x'), s.subscribe('open.x')];
    await waitUntil(() => subs[0]!.state === 'unsubscribed' && subs[1]!.state === 'subscribed', 'settled');
    await s.flush();
    const ended = subs.filter((x) => x.state === 'unsubscribed').map((x) => x.subject);
    return `ended: ${ended.join(',')}; connection ${s.state}`;
  };
  const theirs = async () => {
    const server = await startFor(kind, bobConfig);
    const probe = await differential.probe({ servers: urlOf(server, kind), user: 'bob', pass: 'pw' });
    const ended: string[] = [];
    for (const subject of ['secret.x', 'open.x']) {
      const sub = probe.nc.subscribe(subject, { callback: () => {} });
      void sub.closed.then(() => ended.push(subject));
    }
    await probe.nc.flush();
    await waitUntil(() => ended.length > 0, 'nats.js sub closed');
    await probe.nc.flush();
    return `ended: ${ended.join(',')}; connection ${probe.nc.isClosed() ? 'closed' : 'connected'}`;
  };
  return [ours, theirs];
}
