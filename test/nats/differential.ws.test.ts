import { wsconnect } from '@nats-io/nats-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { aliceConfig, bobConfig } from './harness/authConfig.ts';
import { natsJs, natsJsDelivers } from './harness/natsJsClient.ts';
import { startNatsServer, stopAllNatsServers } from './harness/natsServer.ts';
import { closeSessions, connected, deliversAfterRecovery, testSession } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

/**
 * Differential tests over WebSocket: nats.js `wsconnect` (nats-core 3.4.0, with `ws` as the
 * global WebSocket, as spec §7 (a) does on Node 20) against codestate on `ws://`. Its own file:
 * nats.js's transport factory is global per realm, so TCP and WebSocket must not share one.
 */
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
const dial = wsconnect as unknown as Parameters<typeof natsJs>[1];
const table: { scenario: string; natsJs: string; codestate: string }[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  closeSessions();
  await stopAllNatsServers();
});
afterAll(() => console.table(table));

async function compare(scenario: string, ours: () => Promise<string>, theirs: () => Promise<string>) {
  const row = { scenario, natsJs: await theirs(), codestate: '' };
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await stopAllNatsServers();
  row.codestate = await ours();
  table.push(row);
  expect(row.codestate).toBe(row.natsJs);
}

async function probe(options: Parameters<typeof natsJs>[0]) {
  const p = await natsJs(options, dial);
  cleanups.push(() => p.nc.close());
  return p;
}

describe('differential over WebSocket: codestate vs nats.js wsconnect', () => {
  it('server restart', async () => {
    await compare(
      'server restart (ws)',
      async () => {
        const server = await startNatsServer({ websocket: true });
        const s = await connected(testSession({ servers: server.wsUrl }));
        const sub = s.subscribe('w.restart');
        const got: unknown[] = [];
        sub.on('message', (m) => got.push(m));
        await waitUntil(() => sub.state === 'subscribed', 'subscribed');
        await server.stop();
        await waitUntil(() => s.state !== 'connected', 'dropped');
        await server.start();
        await waitUntil(() => s.state === 'connected', 'reconnected');
        await deliversAfterRecovery(s, 'w.restart', () => got.length > 0);
        return 'reconnected, message after recovery delivered';
      },
      async () => {
        const server = await startNatsServer({ websocket: true });
        const p = await probe({ servers: server.wsUrl });
        const got: unknown[] = [];
        p.nc.subscribe('w.restart', {
          callback: (_e, m) => {
            got.push(m);
          },
        });
        await p.nc.flush();
        await server.stop();
        await server.start();
        await waitUntil(() => p.events.includes('reconnect'), 'nats.js reconnect', 8000);
        await natsJsDelivers(p.nc, 'w.restart', () => got.length > 0);
        return 'reconnected, message after recovery delivered';
      },
    );
  });

  it('wrong password', async () => {
    await compare(
      'Authorization Violation (ws)',
      async () => {
        const server = await startNatsServer({ websocket: true, config: aliceConfig('good') });
        const s = testSession({ servers: server.wsUrl, user: 'alice', pass: 'bad' });
        s.connect();
        await waitUntil(() => s.state === 'closed', 'closed');
        return 'closed';
      },
      async () => {
        const server = await startNatsServer({ websocket: true, config: aliceConfig('good') });
        return probe({ servers: server.wsUrl, user: 'alice', pass: 'bad' }).then(
          () => 'connected',
          () => 'closed',
        );
      },
    );
  });

  it('max payload', async () => {
    await compare(
      'Maximum Payload Violation (ws)',
      async () => {
        const server = await startNatsServer({ websocket: true, config: 'max_payload: 1024' });
        const s = await connected(testSession({ servers: server.wsUrl }));
        const states: string[] = [];
        s.on('status', (st) => states.push(st.state));
        s.info!.max_payload = 1e7;
        s.publish('big', new Uint8Array(2000));
        await waitUntil(() => states.includes('reconnecting') && s.state === 'connected', 'reconnected');
        return 'reconnected';
      },
      async () => {
        const server = await startNatsServer({ websocket: true, config: 'max_payload: 1024' });
        const p = await probe({ servers: server.wsUrl });
        (p.nc as unknown as { protocol: { info: { max_payload: number } } }).protocol.info.max_payload = 1e7;
        p.nc.publish('big', new Uint8Array(2000));
        await waitUntil(() => p.events.includes('reconnect'), 'nats.js reconnect', 8000);
        return 'reconnected';
      },
    );
  });

  it('permission violation for subscription', async () => {
    await compare(
      'Permissions Violation for Subscription (ws)',
      async () => {
        const server = await startNatsServer({ websocket: true, config: bobConfig });
        const s = await connected(testSession({ servers: server.wsUrl, user: 'bob', pass: 'pw' }));
        const subs = [s.subscribe('secret.x'), s.subscribe('open.x')];
        await waitUntil(
          () => subs[0]!.state === 'unsubscribed' && subs[1]!.state === 'subscribed',
          'settled',
        );
        const ended = subs.filter((x) => x.state === 'unsubscribed').map((x) => x.subject);
        return `ended: ${ended.join(',')}; connection ${s.state}`;
      },
      async () => {
        const server = await startNatsServer({ websocket: true, config: bobConfig });
        const p = await probe({ servers: server.wsUrl, user: 'bob', pass: 'pw' });
        const ended: string[] = [];
        for (const subject of ['secret.x', 'open.x']) {
          const sub = p.nc.subscribe(subject, { callback: () => {} });
          void sub.closed.then(() => ended.push(subject));
        }
        await p.nc.flush();
        await waitUntil(() => ended.length > 0, 'nats.js sub closed');
        await p.nc.flush();
        return `ended: ${ended.join(',')}; connection ${p.nc.isClosed() ? 'closed' : 'connected'}`;
      },
    );
  });
});
