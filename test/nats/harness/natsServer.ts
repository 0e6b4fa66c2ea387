import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInfo } from './readInfo.ts';

/** Where Debian's `nats-server` package installs the binary. */
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

/** Options of {@link startNatsServer}. */
export interface NatsServerOptions {
  /** Extra config text appended to the generated file (authorization, limits, ...). */
  config?: string;
  /** Enable the WebSocket listener (no TLS) on a port the server picks. */
  websocket?: boolean;
  /** Cluster block: the route ports of the peers (this node's route port is picked by the server). */
  cluster?: { routes: number[] };
  /** Fixed client port (default: one the server picks). */
  port?: number;
}

/** A running (or stopped) nats-server child process on 127.0.0.1. */
export interface NatsServer {
  port: number;
  wsPort: number | undefined;
  /** This node's route (cluster) port, when a cluster block was given. */
  routePort: number | undefined;
  url: string;
  wsUrl: string;
  readonly pid: number | undefined;
  /** Rewrites the extra config text (call `reload()` after). */
  setConfig(config: string): void;
  /** SIGHUP: reload the config file. */
  reload(): void;
  /** SIGUSR2: lame duck mode. */
  lameDuck(): void;
  /** SIGSTOP / SIGCONT, to freeze the server without closing sockets. */
  pause(): void;
  resume(): void;
  /** SIGTERM, then SIGKILL after 2 s; resolves when the process is gone. */
  stop(): Promise<void>;
  /** Starts the server again on the same ports and config. */
  start(): Promise<void>;
}

const running = new Set<ChildProcess>();
const configDirs = new Set<string>();

/** Ports of one server; -1 asks nats-server to pick a free one (read back from its log). */
interface Ports {
  client: number;
  ws: number | undefined;
  route: number | undefined;
}

function renderConfig(ports: Ports, options: NatsServerOptions, extra: string): string {
  const lines = [
    `host: 127.0.0.1`,
    `port: ${ports.client}`,
    `lame_duck_duration: "30s"`,
    `lame_duck_grace_period: "1s"`,
  ];
  if (ports.ws !== undefined) lines.push(`websocket { host: 127.0.0.1, port: ${ports.ws}, no_tls: true }`);
  if (options.cluster) {
    const routes = options.cluster.routes.map((p) => `"nats-route://127.0.0.1:${p}"`).join(', ');
    lines.push(`cluster { name: "c", host: 127.0.0.1, port: ${ports.route}, routes: [${routes}] }`);
  }
  lines.push(extra);
  return `${lines.join('\n')}\n`;
}

/** The log lines nats-server 2.9 prints for each listener it opened, with the port it got. */
const LISTENING = {
  client: /Listening for client connections on [\d.]+:(\d+)/,
  ws: /Listening for websocket clients on ws:\/\/[\d.]+:(\d+)/,
  route: /Listening for route connections on [\d.]+:(\d+)/,
} as const;

/** How long a (re)start may take on a loaded two-core machine before the harness gives up. */
const START_TIMEOUT_MS = 20_000;

/**
 * Waits until the server's log shows every listener it was asked to open, reads the ports it
 * actually bound (no free-port probing: the server picks them, so nothing can take them first),
 * then checks the client port answers with INFO.
 */
async function waitForListeners(
  child: ChildProcess,
  log: () => string,
  wanted: (keyof Ports)[],
): Promise<Record<keyof Ports, number | undefined>> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}:\n${log()}`);
    const text = log();
    const found = Object.fromEntries(
      wanted.map((key) => [key, Number(LISTENING[key].exec(text)?.[1] ?? Number.NaN)]),
    ) as Record<keyof Ports, number>;
    if (wanted.every((key) => Number.isInteger(found[key]))) {
      await readInfo(found.client, 5000);
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `nats-server did not open ${wanted.join(', ')} within ${START_TIMEOUT_MS} ms:\n${text}`,
      );
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Starts `nats-server` on 127.0.0.1 with ports it picks itself (`-1`) and a per-server config
 * file, and waits until it sends INFO. The ports it bound are written back into the config, so
 * `start()` after `stop()` and `reload()` use the same ones. Fails loudly when the binary is
 * missing: tests never skip.
 */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  if (!existsSync(NATS_SERVER_BIN)) {
    throw new Error(
      `${NATS_SERVER_BIN} is missing: install the Debian package nats-server (apt-get install nats-server).`,
    );
  }
  const ports: Ports = {
    client: options.port ?? -1,
    ws: options.websocket ? -1 : undefined,
    route: options.cluster ? -1 : undefined,
  };
  const wanted = (Object.keys(ports) as (keyof Ports)[]).filter((key) => ports[key] !== undefined);
  const dir = mkdtempSync(join(tmpdir(), 'codestate-nats-'));
  configDirs.add(dir);
  const file = join(dir, 'nats.conf');
  let extra = options.config ?? '';
  const writeConfig = () => writeFileSync(file, renderConfig(ports, options, extra));
  writeConfig();
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    const proc = spawn(NATS_SERVER_BIN, ['-c', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    child = proc;
    running.add(proc);
    proc.stderr?.on('data', (d: Buffer) => {
      if (output.length < 20_000) output += d.toString();
    });
    proc.on('exit', () => running.delete(proc));
    const bound = await waitForListeners(proc, () => output, wanted);
    if (wanted.some((key) => ports[key] === -1)) {
      ports.client = bound.client ?? ports.client;
      if (ports.ws !== undefined) ports.ws = bound.ws;
      if (ports.route !== undefined) ports.route = bound.route;
      writeConfig();
    }
  };
  const signal = (sig: NodeJS.Signals) => {
    if (child?.exitCode === null) child.kill(sig);
  };
  await start();
  return {
    port: ports.client,
    wsPort: ports.ws,
    routePort: ports.route,
    url: `nats://127.0.0.1:${ports.client}`,
    wsUrl: `ws://127.0.0.1:${ports.ws ?? 0}`,
    get pid() {
      return child?.pid;
    },
    setConfig(config) {
      extra = config;
      writeConfig();
    },
    reload: () => signal('SIGHUP'),
    lameDuck: () => signal('SIGUSR2'),
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    async stop() {
      const proc = child;
      if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
      const gone = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGCONT');
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 2000);
      await gone;
      clearTimeout(timer);
    },
    start,
  };
}

/** Kills every server this process started and removes their config directories (afterEach/afterAll). */
export async function stopAllNatsServers(): Promise<void> {
  await Promise.all(
    [...running].map(
      (proc) =>
        new Promise<void>((resolve) => {
          if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
          proc.once('exit', () => resolve());
          proc.kill('SIGKILL');
        }),
    ),
  );
  for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
  configDirs.clear();
}
