/** One server of the pool. */
export interface PoolServer {
  /** The URL dialled, e.g. `nats://127.0.0.1:4222` or `ws://127.0.0.1:8080`. */
  url: string;
  /** Failed dials since the last successful one (nats.js `reconnects`). */
  failures: number;
  /** Learnt from INFO `connect_urls` rather than given by the app. */
  gossiped: boolean;
}

/** Options of {@link ServerPool}. */
export interface ServerPoolOptions {
  /** Keep the given order instead of shuffling (nats.js `noRandomize`). */
  noRandomize?: boolean;
  /** Failed dials after which a server leaves the pool; -1 = never (nats.js default 10). */
  maxReconnectAttempts?: number;
  /** Uniform random in [0, 1), injected for deterministic tests. */
  random?: () => number;
  /**
   * Before the first successful dial: `true` counts no failures (retry until connected), `false`
   * drops a server at its first failure (nats.js `waitOnFirstConnect`); absent = `maxReconnectAttempts`.
   */
  waitOnFirstConnect?: boolean;
  /** Ignore INFO `connect_urls` (nats.js `ignoreClusterUpdates`): `update()` changes nothing. */
  ignoreClusterUpdates?: boolean;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** `host:port` as written in `connect_urls`, turned into a URL of the pool's scheme. */
function gossipUrl(hostPort: string, scheme: string): string {
  return hostPort.includes('://') ? hostPort : `${scheme}://${hostPort}`;
}

const hostOf = (url: string): string => url.replace(/^[a-z]+:\/\//i, '').replace(/\/$/, '');

/**
 * The NATS server pool (spec §3): shuffled unless `noRandomize`, rotated on every dial, grown and
 * pruned by `connect_urls` gossip, and emptied of servers that failed `maxReconnectAttempts`
 * dials in a row. When it is empty the connection has nowhere left to go.
 */
export class ServerPool {
  private servers: PoolServer[];
  private readonly max: number;
  private readonly random: () => number;
  private readonly randomize: boolean;
  private readonly options: ServerPoolOptions;
  /** A dial reached the handshake since the last `reset()`. */
  private connectedOnce = false;
  /** The server of the current (or last) dial. */
  current: PoolServer | undefined;

  constructor(
    private readonly urls: readonly string[],
    options: ServerPoolOptions = {},
  ) {
    this.max = options.maxReconnectAttempts ?? 10;
    this.random = options.random ?? Math.random;
    this.randomize = options.noRandomize !== true;
    this.options = options;
    this.servers = [];
    this.reset();
  }

  /** Back to the configured servers with no failures (an app `connect()` after the pool gave up). */
  reset(): void {
    const servers = this.urls.map((url) => ({ url, failures: 0, gossiped: false }));
    this.servers = this.randomize ? shuffle(servers, this.random) : servers;
    this.current = undefined;
    this.connectedOnce = false;
  }

  /** Servers left, in dial order. */
  list(): readonly PoolServer[] {
    return this.servers;
  }

  /** Picks the server for the next dial and moves it to the back, or undefined when empty. */
  next(): PoolServer | undefined {
    const server = this.servers.shift();
    if (server !== undefined) this.servers.push(server);
    this.current = server;
    return server;
  }

  /** Finds a server by URL or `host:port` (redirect targets). */
  find(target: string): PoolServer | undefined {
    return this.servers.find((s) => s.url === target || hostOf(s.url) === hostOf(target));
  }

  /** A dial reached the handshake: reset that server's failure count. */
  connected(server: PoolServer): void {
    server.failures = 0;
    this.connectedOnce = true;
  }

  /** A dial failed before the handshake completed; drops the server after too many. */
  failed(server: PoolServer): void {
    const first = this.connectedOnce ? undefined : this.options.waitOnFirstConnect;
    if (first === true) return;
    server.failures++;
    const drop = first === false || (this.max >= 0 && server.failures >= this.max);
    if (drop) this.servers = this.servers.filter((s) => s !== server);
  }

  /** Moves a server to the back of the dial order (lame duck: try the others first). */
  demote(server: PoolServer): void {
    this.servers = [...this.servers.filter((s) => s !== server), server];
  }

  /**
   * Applies INFO `connect_urls`: adds servers not yet known, removes gossiped ones the cluster
   * no longer lists (never the current one). Returns the URLs added and deleted.
   */
  update(connectUrls: readonly string[], scheme: string): { added: string[]; deleted: string[] } {
    if (this.options.ignoreClusterUpdates === true) return { added: [], deleted: [] };
    const urls = connectUrls.map((u) => gossipUrl(u, scheme));
    const known = new Set(urls.map(hostOf));
    const deleted = this.servers
      .filter((s) => s.gossiped && s !== this.current && !known.has(hostOf(s.url)))
      .map((s) => s.url);
    this.servers = this.servers.filter((s) => !deleted.includes(s.url));
    const added = urls.filter((u) => this.find(u) === undefined);
    const fresh = added.map((url) => ({ url, failures: 0, gossiped: true }));
    if (this.randomize) shuffle(fresh, this.random);
    this.servers.push(...fresh);
    return { added, deleted };
  }
}
