import { freePort } from './freePort.ts';
import { type NatsServer, startNatsServer } from './natsServer.ts';
import { readInfo } from './readInfo.ts';

/**
 * Starts an `n`-node nats-server cluster on loopback (full mesh of routes) and waits until
 * every node gossips the other nodes' client URLs in `connect_urls`.
 */
export async function startNatsCluster(n: number, config = '', websocket = true): Promise<NatsServer[]> {
  const routePorts: number[] = [];
  for (let i = 0; i < n; i++) routePorts.push(await freePort());
  const nodes = await Promise.all(
    routePorts.map((port) =>
      startNatsServer({ config, websocket, cluster: { port, routes: routePorts.filter((p) => p !== port) } }),
    ),
  );
  for (const node of nodes) {
    for (let i = 0; i < 100; i++) {
      const info = await readInfo(node.port);
      const urls = Array.isArray(info.connect_urls) ? info.connect_urls : [];
      if (urls.length >= n) break;
      if (i === 99) throw new Error(`cluster did not form: ${JSON.stringify(info.connect_urls)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return nodes;
}
