import { classifyNats } from '../../codes/nats/classifyNats.ts';
import { tlsRuleFor } from '../../codes/nats/tlsRules.ts';
import type { Verdict } from '../../codes/types.ts';
import { createNatsParser } from '../../frames/nats/createNatsParser.ts';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import { type ConnectOptions, encodeConnect, PING } from './encodeCommands.ts';
import { NatsLinkSocket } from './natsLinkSocket.ts';
import type { PoolServer } from './serverPool.ts';
import { startKeepalive } from './startKeepalive.ts';
import { startSecureHandshake } from './startSecureHandshake.ts';

/**
 * One NATS connection at a time: dial, INFO → CONNECT+PING → PONG handshake, keepalive, and what
 * an -ERR means for the connection; reads, writes and flushes are {@link NatsLinkSocket}'s. It
 * decides nothing about reconnecting: it reports facts and verdicts to the shared connection
 * machine, which calls `open()` and `close()` back through the driver actor. It follows the driver
 * contract (src/machines/driver/driver.types.ts): one report per socket end, and the socket is
 * released only by `close()` (the machine's `driver.close`).
 */
export class NatsLink extends NatsLinkSocket {
  private freshCredentials = false;

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

  /**
   * Reports a verdict about socket `gen` that arrived outside a frame (lame duck mode); dropped when
   * that socket is gone (see `SocketGenerations.report`).
   */
  report(gen: number, verdict: Verdict): void {
    this.gens.report(gen, verdict);
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
      onData: (chunk) => this.read(gen, chunk),
      onClose: (close) => {
        // A certificate or TLS setup error fails every dial alike: a terminal verdict, not a retry.
        const tlsRule = tlsRuleFor(close.reason);
        if (tlsRule !== undefined)
          return this.reportLocal(gen, tlsRule, `TLS: ${close.error?.message ?? close.reason}`);
        // A WebSocket close may carry an empty reason: name the code then, for the status.
        this.fail(gen, close.reason || `WebSocket closed (${close.code})`);
      },
    });
  }

  /**
   * Answers a `driver.open` without dialling: a local rule (e.g. `nats.reconnect.disabled`) decides
   * instead, reported once as the end of that attempt.
   */
  refuse(rule: string, reason: string): void {
    this.close();
    this.reportLocal(this.gens.open(), rule, reason);
  }

  /** The first INFO of a socket starts the handshake; every INFO updates the pool. */
  protected onInfo(info: NatsInfo): void {
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
        refuse: (rule, reason) => this.reportLocal(gen, rule, reason),
      });
    }
    this.hooks.onInfo(info, server, change);
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
      return this.reportLocal(gen, 'nats.credentials.failed', `credentials callback failed: ${why}`);
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
  protected onErr(text: string): void {
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
