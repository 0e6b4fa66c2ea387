import { type NatsServer, startNatsServer } from './natsServer.ts';
import { readInfo } from './readInfo.ts';

/** How long a cluster may take to gossip every node's client URL on a loaded machine. */
const FORM_TIMEOUT_MS = 20_000;

/**
 * Starts an `n`-node nats-server cluster on loopback and waits until every node gossips the
 * other nodes' client URLs in `connect_urls`. Nodes start one after the other, each with a
 * route to the route ports the earlier nodes actually bound (read from their logs, never probed
 * for in advance); gossip completes the mesh.
 */
export async function startNatsCluster(n: number, config = '', websocket = true): Promise<NatsServer[]> {
  const nodes: NatsServer[] = [];
  for (let i = 0; i < n; i++) {
    const routes = nodes.map((node) => node.routePort as number);
    nodes.push(await startNatsServer({ config, websocket, cluster: { routes } }));
  }
  for (const node of nodes) {
    const deadline = Date.now() + FORM_TIMEOUT_MS;
    for (;;) {
      const info = await readInfo(node.port, 5000);
      const urls = Array.isArray(info.connect_urls) ? info.connect_urls : [];
      if (urls.length >= n) break;
      if (Date.now() > deadline)
        throw new Error(`cluster did not form: ${JSON.stringify(info.connect_urls)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return nodes;
}
