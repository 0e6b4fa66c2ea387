import { classifyNats } from '../../codes/nats/classifyNats.ts';
import { tlsRuleFor } from '../../codes/nats/tlsRules.ts';
import type { NatsSignal, Verdict } from '../../codes/types.ts';
import { createNatsParser, type NatsParser } from '../../frames/nats/createNatsParser.ts';
import type { NatsFrame } from '../../frames/nats/natsFrame.ts';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import { createSocketGenerations, type SocketGenerations } from '../../machines/driver/socketGenerations.ts';
import type { Transport } from '../../transports/transport.ts';
import { type ConnectOptions, encodeConnect, PING } from './encodeCommands.ts';
import type { NatsLinkHooks, NatsLinkSettings } from './natsLinkTypes.ts';
import type { PoolServer, ServerPool } from './serverPool.ts';
import { startKeepalive } from './startKeepalive.ts';
import { startSecureHandshake } from './startSecureHandshake.ts';
import { pongs, writeBounded } from './writeBounded.ts';

/**
 * One NATS connection at a time: dial, INFO → CONNECT+PING → PONG handshake, keepalive, frame
 * dispatch. It decides nothing about reconnecting: it reports facts and verdicts to the shared
 * connection machine, which calls `open()` and `close()` back through the driver actor. It follows
 * the driver contract (src/machines/driver/driver.types.ts): one report per socket end, and the
 * socket is released only by `close()` (the machine's `driver.close`).
 */
export class NatsLink {
  private readonly gens: SocketGenerations;
  private transport: Transport | undefined;
  private parser: NatsParser | undefined;
  private server: PoolServer | undefined;
  private handshakeDone = false;
  private connectSent = false;
  private pongWaiters: ((ok: boolean) => void)[] = [];
  private stopKeepalive: (() => void) | undefined;
  private batch: Promise<boolean> | undefined;
  private freshCredentials = false;
  /** PINGs of the chunk being parsed, answered with one write after it. */
  private pongsOwed = 0;
  /** INFO of the current connection. */
  info: NatsInfo | undefined;

  constructor(
    private readonly pool: ServerPool,
    private readonly settings: NatsLinkSettings,
    private readonly hooks: NatsLinkHooks,
  ) {
    this.gens = createSocketGenerations((event) => hooks.toMachine(event));
  }

  /** The generation of the current socket (for callbacks that report later; see `report`). */
  get generation(): number {
    return this.gens.current;
  }

  /** True between the handshake PONG and the next close. */
  get connected(): boolean {
    return this.handshakeDone;
  }

  /** The URL of the current (or last) server. */
  get serverUrl(): string | undefined {
    return this.server?.url;
  }

  /** Dials `target` (a redirect) or the next server of the pool; `fresh` asks for new credentials. */
  open(target: string | undefined, fresh = false): void {
    this.close();
    this.freshCredentials = fresh;
    const gen = this.gens.open();
    const server = (target !== undefined ? this.pool.find(target) : undefined) ?? this.pool.next();
    if (server === undefined) {
      const verdict = classifyNats({
        protocol: 'nats',
        kind: 'local',
        rule: 'nats.pool.exhausted',
        reason: 'no server left in the pool: every server failed maxReconnectAttempts dials',
      });
      this.gens.report(gen, verdict);
      return;
    }
    this.server = server;
    this.pool.current = server;
    const factory = this.settings.transportFor(server.url);
    this.parser = createNatsParser({ maxControlLine: this.settings.maxControlLine });
    this.transport = factory(server.url, {
      onOpen: () => {},
      onData: (chunk) => {
        if (!this.gens.isCurrent(gen) || this.parser === undefined) return;
        this.pongsOwed = 0;
        const error = this.parser.push(chunk, (frame) => {
          if (this.gens.isCurrent(gen)) this.onFrame(frame);
        });
        // One write for every PING of the chunk: a PING flood costs one queued write per chunk.
        if (this.pongsOwed > 0 && this.gens.isCurrent(gen)) this.write(pongs(this.pongsOwed));
        if (error) this.fail(gen, `protocol error: ${error.message}`);
      },
      onClose: (close) => {
        // A certificate or TLS setup error fails every dial alike: a terminal verdict, not a retry.
        const tlsRule = tlsRuleFor(close.reason);
        if (tlsRule !== undefined)
          return this.refuseTls(gen, tlsRule, `TLS: ${close.error?.message ?? close.reason}`);
        // A WebSocket close may carry an empty reason: name the code then, for the status.
        this.fail(gen, close.reason || `WebSocket closed (${close.code})`);
      },
    });
  }

  /**
   * Releases the current connection without reporting anything (the machine asked for it, or the
   * driver stopped). Only the first close after an open releases anything.
   */
  close(): void {
    if (this.gens.close()) this.release();
  }

  /**
   * Reports a verdict about socket `gen` that arrived outside a frame (lame duck mode); dropped when
   * that socket is gone (see `SocketGenerations.report`).
   */
  report(gen: number, verdict: Verdict): void {
    this.gens.report(gen, verdict);
  }

  /**
   * Answers a `driver.open` without dialling: a local rule (e.g. `nats.reconnect.disabled`) decides
   * instead, reported once as the end of that attempt.
   */
  refuse(signal: NatsSignal): void {
    this.close();
    this.gens.report(this.gens.open(), this.settings.classify(signal));
  }

  /** Writes bytes if the handshake is complete; returns whether they were written. */
  send(bytes: Uint8Array): boolean {
    if (!this.handshakeDone || this.transport === undefined) return false;
    this.write(bytes);
    return true;
  }

  /** Every write to the socket; past `maxPendingBytes` the link is a slow consumer (see writeBounded). */
  private write(bytes: Uint8Array): void {
    const reason = this.transport && writeBounded(this.transport, bytes, this.settings.maxPendingBytes);
    if (!reason) return;
    const signal = { protocol: 'nats', kind: 'local', rule: 'nats.link.slow-consumer', reason } as const;
    this.gens.report(this.gens.current, this.settings.classify(signal));
  }

  /**
   * One PING for every caller in the same tick (a reconnect resubscribes many subscriptions at
   * once): resolves true once the server processed everything written before it.
   */
  flushBatched(): Promise<boolean> {
    this.batch ??= new Promise<boolean>((resolve) =>
      queueMicrotask(() => {
        this.batch = undefined;
        void this.flush().then(resolve);
      }),
    );
    return this.batch;
  }

  /** PING and wait for the PONG: resolves true once the server processed everything sent before. */
  flush(): Promise<boolean> {
    if (!this.send(PING)) return Promise.resolve(false);
    return new Promise((resolve) => this.pongWaiters.push(resolve));
  }

  private release(): void {
    this.handshakeDone = false;
    this.connectSent = false;
    this.stopKeepalive?.();
    this.stopKeepalive = undefined;
    for (const waiter of this.pongWaiters.splice(0)) waiter(false);
    this.transport?.close();
    this.transport = undefined;
    this.parser = undefined;
  }

  /** Socket `gen` is unusable: count a failed dial if the handshake never finished, then report once. */
  private fail(gen: number, reason: string): void {
    if (!this.gens.isCurrent(gen)) return;
    if (!this.handshakeDone && this.server !== undefined) this.pool.failed(this.server);
    this.gens.end(gen, { type: 'transport.error', reason });
  }

  private onFrame(frame: NatsFrame): void {
    switch (frame.kind) {
      case 'msg':
        this.hooks.onMessage(frame);
        return;
      case 'ping':
        this.pongsOwed++;
        return;
      case 'pong':
        this.pongWaiters.shift()?.(true);
        return;
      case 'info':
        this.onInfo(frame.info);
        return;
      case 'err':
        this.onErr(frame.text);
        return;
      case 'ok':
        return;
    }
  }

  private onInfo(info: NatsInfo): void {
    this.info = info;
    const server = this.server;
    if (server === undefined) return;
    const scheme = server.url.match(/^([a-z]+):\/\//i)?.[1] ?? 'nats';
    const change = this.pool.update(info.connect_urls ?? [], scheme);
    if (!this.connectSent && this.transport !== undefined) {
      this.connectSent = true;
      const gen = this.gens.current;
      startSecureHandshake(this.transport, server.url, this.settings.tls, info, {
        proceed: () => void this.sendConnect(server, gen, info.nonce),
        refuse: (rule, reason) => this.refuseTls(gen, rule, reason),
      });
    }
    this.hooks.onInfo(info, server, change);
  }

  /** Reports a terminal local verdict (TLS) about socket `gen`. */
  private refuseTls(gen: number, rule: string, reason: string): void {
    this.gens.report(gen, this.settings.classify({ protocol: 'nats', kind: 'local', rule, reason }));
  }

  /** CONNECT + PING with the credentials of this dial (the app's callback may be async). */
  private async sendConnect(server: PoolServer, gen: number, nonce: string | undefined): Promise<void> {
    if (!this.gens.isCurrent(gen)) return;
    let options: ConnectOptions;
    try {
      options = await this.settings.connectOptions(this.freshCredentials, nonce);
    } catch (error) {
      // The app's failure, not the server's: a verdict with backoff, no failed dial (see the row).
      const why = error instanceof Error ? error.message : String(error);
      const reason = `credentials callback failed: ${why}`;
      this.gens.report(
        gen,
        this.settings.classify({ protocol: 'nats', kind: 'local', rule: 'nats.credentials.failed', reason }),
      );
      return;
    }
    if (!this.gens.isCurrent(gen) || this.transport === undefined) return;
    this.write(encodeConnect(options));
    this.pongWaiters.push((ok) => {
      if (ok) this.onHandshake(server);
    });
  }

  private onHandshake(server: PoolServer): void {
    const gen = this.gens.current;
    this.handshakeDone = true;
    this.pool.connected(server);
    const { clock, pingInterval, maxPingOut } = this.settings;
    this.stopKeepalive = startKeepalive(clock, pingInterval, maxPingOut, {
      ping: (onPong) => {
        this.write(PING);
        this.pongWaiters.push(onPong);
      },
      stale: (outstanding) => this.fail(gen, `stale connection: ${outstanding} PINGs unanswered`),
      tick: (pending) => this.hooks.onPing?.(pending),
    });
    this.hooks.toMachine({ type: 'transport.connected' });
  }

  /** -ERR: classify it; connection verdicts go to the machine, the rest to the session. */
  private onErr(text: string): void {
    const verdict = this.settings.classify({ protocol: 'nats', kind: 'err', text });
    this.hooks.onServerError(text, verdict);
    if (verdict.scope !== 'connection') {
      this.hooks.onScopedVerdict(verdict, text);
      return;
    }
    if (!this.handshakeDone && this.server !== undefined) this.pool.failed(this.server);
    this.gens.report(this.gens.current, verdict);
  }
}
