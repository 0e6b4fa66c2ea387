import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { aliceConfig, bobConfig } from './harness/authConfig.ts';
import { startNatsCluster } from './harness/natsCluster.ts';
import { natsJs, natsJsDelivers } from './harness/natsJsClient.ts';
import { startNatsServer, stopAllNatsServers } from './harness/natsServer.ts';
import { closeSessions, connected, deliversAfterRecovery, testSession } from './harness/sessionFixture.ts';
import { waitUntil } from './harness/waitUntil.ts';

/**
 * Differential tests: the official nats.js client (@nats-io/transport-node 3.4.0) and codestate
 * go through the same scenario against the same nats-server, over TCP; their outcomes (reconnects
 * or closes, which subscription ends, whether a message published after recovery arrives) must
 * agree. The table is printed at the end.
 */
const table: { scenario: string; natsJs: string; codestate: string }[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  closeSessions();
  await stopAllNatsServers();
});
afterAll(() => {
  console.table(table);
});

async function compare(scenario: string, ours: () => Promise<string>, theirs: () => Promise<string>) {
  const row = { scenario, natsJs: await theirs(), codestate: '' };
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await stopAllNatsServers();
  row.codestate = await ours();
  table.push(row);
  expect(row.codestate).toBe(row.natsJs);
}

async function withNatsJs(options: Parameters<typeof natsJs>[0]) {
  const probe = await natsJs(options);
  cleanups.push(() => probe.nc.close());
  return probe;
}

/** "closed" when nats.js rejects the first connect, as codestate ends in `closed`. */
async function natsJsConnectOutcome(options: Parameters<typeof natsJs>[0]): Promise<string> {
  try {
    const probe = await withNatsJs(options);
    await waitUntil(() => probe.closedWith !== undefined, 'nats.js closed', 8000);
    return 'closed';
  } catch {
    return 'closed';
  }
}

describe('differential: codestate vs nats.js on the same scenarios', () => {
  it('server restart', async () => {
    await compare(
      'server restart',
      async () => {
        const server = await startNatsServer();
        const s = await connected(testSession({ servers: server.url }));
        const sub = s.subscribe('d.restart');
        const got: unknown[] = [];
        sub.on('message', (m) => got.push(m));
        await waitUntil(() => sub.state === 'subscribed', 'subscribed');
        await server.stop();
        await waitUntil(() => s.state !== 'connected', 'dropped');
        await server.start();
        await waitUntil(() => s.state === 'connected', 'reconnected');
        await deliversAfterRecovery(s, 'd.restart', () => got.length > 0);
        return 'reconnected, message after recovery delivered';
      },
      async () => {
        const server = await startNatsServer();
        const probe = await withNatsJs({ servers: server.url });
        const got: unknown[] = [];
        probe.nc.subscribe('d.restart', {
          callback: (_e, m) => {
            got.push(m);
          },
        });
        await probe.nc.flush();
        await server.stop();
        await server.start();
        await waitUntil(() => probe.events.includes('reconnect'), 'nats.js reconnect');
        await natsJsDelivers(probe.nc, 'd.restart', () => got.length > 0);
        return 'reconnected, message after recovery delivered';
      },
    );
  });

  it('cluster node killed', async () => {
    const outcome = async (client: 'ours' | 'theirs') => {
      const [first, ...others] = await startNatsCluster(3, '', false);
      const otherUrls = others.map((n) => n.url.replace('nats://', ''));
      if (client === 'ours') {
        const s = await connected(testSession({ servers: first!.url }));
        await waitUntil(() => s.status.servers.length === 3, 'gossip');
        await first!.stop();
        await waitUntil(() => s.state === 'connected' && s.status.server !== first!.url, 'failover');
        return otherUrls.some((u) => s.status.server?.endsWith(u))
          ? 'failed over to a gossiped node'
          : 'elsewhere';
      }
      const probe = await withNatsJs({ servers: first!.url });
      await first!.stop();
      await waitUntil(() => probe.events.includes('reconnect'), 'nats.js failover');
      const server = probe.nc.getServer();
      return otherUrls.some((u) => server.endsWith(u)) ? 'failed over to a gossiped node' : 'elsewhere';
    };
    await compare(
      'cluster node killed',
      () => outcome('ours'),
      () => outcome('theirs'),
    );
  });

  it('lame duck', async () => {
    const outcome = async (client: 'ours' | 'theirs') => {
      const [duck, other] = await startNatsCluster(2, '', false);
      const servers = [duck!.url, other!.url];
      if (client === 'ours') {
        const s = await connected(testSession({ servers, noRandomize: true }));
        let sawLdm = false;
        s.on('status', (st) => {
          sawLdm ||= st.lameDuck;
        });
        duck!.lameDuck();
        await waitUntil(() => s.status.server === other!.url && s.state === 'connected', 'moved', 8000);
        return `ldm seen: ${sawLdm}, ends on the other node`;
      }
      const probe = await withNatsJs({ servers, noRandomize: true });
      duck!.lameDuck();
      await waitUntil(() => probe.events.includes('reconnect'), 'nats.js moved', 8000);
      const ends = probe.nc.getServer().endsWith(String(other!.port)) ? 'the other node' : 'elsewhere';
      return `ldm seen: ${probe.events.includes('ldm')}, ends on ${ends}`;
    };
    await compare(
      'lame duck (SIGUSR2)',
      () => outcome('ours'),
      () => outcome('theirs'),
    );
  });

  it('wrong password', async () => {
    await compare(
      'Authorization Violation (wrong password)',
      async () => {
        const server = await startNatsServer({ config: aliceConfig('good') });
        const s = testSession({ servers: server.url, user: 'alice', pass: 'bad' });
        s.connect();
        await waitUntil(() => s.state === 'closed', 'closed');
        return 'closed';
      },
      async () => {
        const server = await startNatsServer({ config: aliceConfig('good') });
        return natsJsConnectOutcome({ servers: server.url, user: 'alice', pass: 'bad' });
      },
    );
  });

  it('password change and reload', async () => {
    await compare(
      'Authorization Violation (reload mid-session)',
      async () => {
        const server = await startNatsServer({ config: aliceConfig('one') });
        const s = await connected(testSession({ servers: server.url, user: 'alice', pass: 'one' }));
        server.setConfig(aliceConfig('two'));
        server.reload();
        await waitUntil(() => s.state === 'closed', 'closed');
        return 'closed';
      },
      async () => {
        const server = await startNatsServer({ config: aliceConfig('one') });
        const probe = await withNatsJs({
          servers: server.url,
          user: 'alice',
          pass: 'one',
          maxReconnectAttempts: -1,
        });
        server.setConfig(aliceConfig('two'));
        server.reload();
        await waitUntil(() => probe.closedWith !== undefined, 'nats.js closed', 8000);
        return 'closed';
      },
    );
  });

  it('max connections', async () => {
    await compare(
      'Maximum Connections Exceeded',
      async () => {
        const server = await startNatsServer({ config: 'max_connections: 1' });
        await connected(testSession({ servers: server.url }));
        const s = testSession({ servers: server.url, maxReconnectAttempts: 3 });
        s.connect();
        await waitUntil(() => s.state === 'closed', 'closed');
        return 'closed';
      },
      async () => {
        const server = await startNatsServer({ config: 'max_connections: 1' });
        // The occupant retries until the harness's readiness probe has left the only slot.
        await connected(testSession({ servers: server.url }));
        return natsJsConnectOutcome({ servers: server.url, maxReconnectAttempts: 3, timeout: 1000 });
      },
    );
  });

  it('max payload', async () => {
    await compare(
      'Maximum Payload Violation',
      async () => {
        const server = await startNatsServer({ config: 'max_payload: 1024' });
        const s = await connected(testSession({ servers: server.url }));
        const states: string[] = [];
        s.on('status', (st) => states.push(st.state));
        s.info!.max_payload = 1e7;
        s.publish('big', new Uint8Array(2000));
        await waitUntil(() => states.includes('reconnecting') && s.state === 'connected', 'reconnected');
        return 'reconnected';
      },
      async () => {
        const server = await startNatsServer({ config: 'max_payload: 1024' });
        const probe = await withNatsJs({ servers: server.url });
        (probe.nc as unknown as { protocol: { info: { max_payload: number } } }).protocol.info.max_payload =
          1e7;
        probe.nc.publish('big', new Uint8Array(2000));
        await waitUntil(() => probe.events.includes('reconnect'), 'nats.js reconnect');
        return 'reconnected';
      },
    );
  });

  it('permission violation for subscription', async () => {
    await compare(
      'Permissions Violation for Subscription',
      async () => {
        const server = await startNatsServer({ config: bobConfig });
        const s = await connected(testSession({ servers: server.url, user: 'bob', pass: 'pw' }));
        const subs = [s.subscribe('secret.x'), s.subscribe('open.x')];
        await waitUntil(
          () => subs[0]!.state === 'unsubscribed' && subs[1]!.state === 'subscribed',
          'settled',
        );
        await s.flush();
        const ended = subs.filter((x) => x.state === 'unsubscribed').map((x) => x.subject);
        return `ended: ${ended.join(',')}; connection ${s.state}`;
      },
      async () => {
        const server = await startNatsServer({ config: bobConfig });
        const probe = await withNatsJs({ servers: server.url, user: 'bob', pass: 'pw' });
        const ended: string[] = [];
        for (const subject of ['secret.x', 'open.x']) {
          const sub = probe.nc.subscribe(subject, { callback: () => {} });
          void sub.closed.then(() => ended.push(subject));
        }
        await probe.nc.flush();
        await waitUntil(() => ended.length > 0, 'nats.js sub closed');
        await probe.nc.flush();
        return `ended: ${ended.join(',')}; connection ${probe.nc.isClosed() ? 'closed' : 'connected'}`;
      },
    );
  });

  it('permission violation for publish', async () => {
    await compare(
      'Permissions Violation for Publish',
      async () => {
        const server = await startNatsServer({ config: bobConfig });
        const s = await connected(testSession({ servers: server.url, user: 'bob', pass: 'pw' }));
        const sub = s.subscribe('open.y');
        await waitUntil(() => sub.state === 'subscribed', 'subscribed');
        const failed = await s.request('forbidden.y', 'x').then(
          () => 'answered',
          () => 'request failed',
        );
        return `${failed}; sub ${sub.state}; connection ${s.state}`;
      },
      async () => {
        const server = await startNatsServer({ config: bobConfig });
        const probe = await withNatsJs({ servers: server.url, user: 'bob', pass: 'pw' });
        const sub = probe.nc.subscribe('open.y', { callback: () => {} });
        let subClosed = false;
        void sub.closed.then(() => {
          subClosed = true;
        });
        const failed = await probe.nc.request('forbidden.y', 'x', { timeout: 2000 }).then(
          () => 'answered',
          () => 'request failed',
        );
        await probe.nc.flush();
        const connection = probe.nc.isClosed() ? 'closed' : 'connected';
        return `${failed}; sub ${subClosed ? 'unsubscribed' : 'subscribed'}; connection ${connection}`;
      },
    );
  });

  it('stale connection, client side', async () => {
    await compare(
      'Stale Connection (client-side, server paused)',
      async () => {
        const server = await startNatsServer();
        const s = await connected(
          testSession({ servers: server.url, pingInterval: 100, maxPingOut: 2, timeout: 300 }),
        );
        server.pause();
        await waitUntil(() => s.state !== 'connected', 'stale');
        server.resume();
        await waitUntil(() => s.state === 'connected', 'back', 8000);
        return 'reconnected';
      },
      async () => {
        const server = await startNatsServer();
        const probe = await withNatsJs({
          servers: server.url,
          pingInterval: 100,
          maxPingOut: 2,
          timeout: 300,
        });
        server.pause();
        await waitUntil(() => probe.events.includes('staleConnection'), 'nats.js stale');
        server.resume();
        await waitUntil(() => probe.events.includes('reconnect'), 'nats.js back', 8000);
        return 'reconnected';
      },
    );
  });

  it('stale connection, server side', async () => {
    const config = 'ping_interval: "250ms"\nping_max: 1';
    const block = () => {
      const end = Date.now() + 1200;
      while (Date.now() < end) {
        // a client that cannot answer PINGs
      }
    };
    await compare(
      'Stale Connection (server-side -ERR)',
      async () => {
        const server = await startNatsServer({ config });
        const s = await connected(testSession({ servers: server.url }));
        const errors: string[] = [];
        s.on('error', (e) => errors.push(e.text));
        block();
        await waitUntil(() => errors.length > 0 && s.state === 'connected', 'reconnected');
        return `error "${errors[0]}", reconnected`;
      },
      async () => {
        const server = await startNatsServer({ config });
        const probe = await withNatsJs({ servers: server.url });
        block();
        await waitUntil(() => probe.events.includes('reconnect'), 'nats.js reconnect');
        const error = probe.events.find((e) => e.startsWith('error:'))?.slice('error:'.length) ?? 'none';
        return `error "${error}", reconnected`;
      },
    );
  });
});
