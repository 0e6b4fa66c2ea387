import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';
import { readInfo } from './readInfo.ts';

/** Where Debian's `nats-server` package installs the binary. */
export const NATS_SERVER_BIN = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

/** Options of {@link startNatsServer}. */
export interface NatsServerOptions {
  /** Extra config text appended to the generated file (authorization, limits, ...). */
  config?: string;
  /** Enable the WebSocket listener (no TLS) on a free port. */
  websocket?: boolean;
  /** Cluster block: this node's route port and the route ports of its peers. */
  cluster?: { port: number; routes: number[] };
  /** Fixed client port (default: a free one). */
  port?: number;
}

/** A running (or stopped) nats-server child process on 127.0.0.1. */
export interface NatsServer {
  port: number;
  wsPort: number | undefined;
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

function renderConfig(
  port: number,
  wsPort: number | undefined,
  options: NatsServerOptions,
  extra: string,
): string {
  const lines = [
    `host: 127.0.0.1`,
    `port: ${port}`,
    `lame_duck_duration: "30s"`,
    `lame_duck_grace_period: "1s"`,
  ];
  if (wsPort !== undefined) lines.push(`websocket { host: 127.0.0.1, port: ${wsPort}, no_tls: true }`);
  if (options.cluster) {
    const routes = options.cluster.routes.map((p) => `"nats-route://127.0.0.1:${p}"`).join(', ');
    lines.push(`cluster { name: "c", host: 127.0.0.1, port: ${options.cluster.port}, routes: [${routes}] }`);
  }
  lines.push(extra);
  return `${lines.join('\n')}\n`;
}

async function waitUntilAccepting(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}:\n${log()}`);
    try {
      await readInfo(port, 500);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nats-server did not accept on 127.0.0.1:${port} within 5 s:\n${log()}`);
}

/**
 * Starts `nats-server` on 127.0.0.1 with random free ports and a per-server config file, and
 * waits until it sends INFO. Fails loudly when the binary is missing: tests never skip.
 */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  if (!existsSync(NATS_SERVER_BIN)) {
    throw new Error(
      `${NATS_SERVER_BIN} is missing: install the Debian package nats-server (apt-get install nats-server).`,
    );
  }
  const port = options.port ?? (await freePort());
  const wsPort = options.websocket ? await freePort() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'codestate-nats-'));
  configDirs.add(dir);
  const file = join(dir, 'nats.conf');
  let extra = options.config ?? '';
  writeFileSync(file, renderConfig(port, wsPort, options, extra));
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
    await waitUntilAccepting(port, proc, () => output);
  };
  const signal = (sig: NodeJS.Signals) => {
    if (child?.exitCode === null) child.kill(sig);
  };
  await start();
  return {
    port,
    wsPort,
    url: `nats://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${wsPort ?? 0}`,
    get pid() {
      return child?.pid;
    },
    setConfig(config) {
      extra = config;
      writeFileSync(file, renderConfig(port, wsPort, options, extra));
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
