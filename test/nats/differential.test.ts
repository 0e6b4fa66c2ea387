import { describe, it } from 'vitest';
import { aliceConfig, bobConfig } from './harness/authConfig.ts';
import {
  maxPayload,
  oursOnWrongPassword,
  serverRestart,
  subscribePermission,
} from './harness/differentialScenarios.ts';
import { startNatsCluster } from './harness/natsCluster.ts';
import { natsDifferential } from './harness/natsDifferential.ts';
import type { natsJs } from './harness/natsJsClient.ts';
import { startNatsServer } from './harness/natsServer.ts';
import { connected, testSession } from './harness/sessionFixture.ts';
import { DIAL_TIMEOUT, waitUntil } from './harness/waitUntil.ts';

/**
 * Differential tests: the official nats.js client (@nats-io/transport-node 3.4.0) and codestate
 * go through the same scenario against the same nats-server, over TCP; their outcomes (reconnects
 * or closes, which subscription ends, whether a message published after recovery arrives) must
 * agree. The table is printed at the end.
 */
const differential = natsDifferential();

/** "closed" when nats.js rejects the first connect, as codestate ends in `closed`. */
async function natsJsConnectOutcome(options: Parameters<typeof natsJs>[0]): Promise<string> {
  try {
    const probe = await differential.probe(options);
    await waitUntil(() => probe.closedWith !== undefined, 'nats.js closed', 20_000);
    return 'closed';
  } catch {
    return 'closed';
  }
}

describe('differential: codestate vs nats.js on the same scenarios', () => {
  it('server restart', async () => {
    await differential.compare('server restart', ...serverRestart(differential, 'tcp', 'd.restart'));
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
      const probe = await differential.probe({ servers: first!.url });
      await first!.stop();
      await waitUntil(() => probe.events.includes('reconnect'), 'nats.js failover');
      const server = probe.nc.getServer();
      return otherUrls.some((u) => server.endsWith(u)) ? 'failed over to a gossiped node' : 'elsewhere';
    };
    await differential.compare(
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
        await waitUntil(() => s.status.server === other!.url && s.state === 'connected', 'moved', 20_000);
        return `ldm seen: ${sawLdm}, ends on the other node`;
      }
      const probe = await differential.probe({ servers, noRandomize: true });
      duck!.lameDuck();
      await waitUntil(() => probe.events.includes('reconnect'), 'nats.js moved', 20_000);
      const ends = probe.nc.getServer().endsWith(String(other!.port)) ? 'the other node' : 'elsewhere';
      return `ldm seen: ${probe.events.includes('ldm')}, ends on ${ends}`;
    };
    await differential.compare(
      'lame duck (SIGUSR2)',
      () => outcome('ours'),
      () => outcome('theirs'),
    );
  });

  it('wrong password', async () => {
    await differential.compare(
      'Authorization Violation (wrong password)',
      oursOnWrongPassword('tcp'),
      async () => {
        const server = await startNatsServer({ config: aliceConfig('good') });
        return natsJsConnectOutcome({ servers: server.url, user: 'alice', pass: 'bad' });
      },
    );
  });

  it('password change and reload', async () => {
    await differential.compare(
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
        const probe = await differential.probe({
          servers: server.url,
          user: 'alice',
          pass: 'one',
          maxReconnectAttempts: -1,
        });
        server.setConfig(aliceConfig('two'));
        server.reload();
        await waitUntil(() => probe.closedWith !== undefined, 'nats.js closed', 20_000);
        return 'closed';
      },
    );
  });

  it('max connections', async () => {
    await differential.compare(
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
    await differential.compare('Maximum Payload Violation', ...maxPayload(differential, 'tcp'));
  });

  it('permission violation for subscription', async () => {
    await differential.compare(
      'Permissions Violation for Subscription',
      ...subscribePermission(differential, 'tcp'),
    );
  });

  it('permission violation for publish', async () => {
    await differential.compare(
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
        const probe = await differential.probe({ servers: server.url, user: 'bob', pass: 'pw' });
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
    await differential.compare(
      'Stale Connection (client-side, server paused)',
      async () => {
        const server = await startNatsServer();
        const s = await connected(
          testSession({ servers: server.url, pingInterval: 100, maxPingOut: 2, timeout: DIAL_TIMEOUT }),
        );
        server.pause();
        await waitUntil(() => s.state !== 'connected', 'stale');
        server.resume();
        await waitUntil(() => s.state === 'connected', 'back', 20_000);
        return 'reconnected';
      },
      async () => {
        const server = await startNatsServer();
        const probe = await differential.probe({
          servers: server.url,
          pingInterval: 100,
          maxPingOut: 2,
          timeout: DIAL_TIMEOUT,
        });
        server.pause();
        await waitUntil(() => probe.events.includes('staleConnection'), 'nats.js stale');
        server.resume();
        await waitUntil(() => probe.events.includes('reconnect'), 'nats.js back', 20_000);
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
    await differential.compare(
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
        const probe = await differential.probe({ servers: server.url });
        block();
        await waitUntil(() => probe.events.includes('reconnect'), 'nats.js reconnect');
        const error = probe.events.find((e) => e.startsWith('error:'))?.slice('error:'.length) ?? 'none';
        return `error "${error}", reconnected`;
      },
    );
  });
});
