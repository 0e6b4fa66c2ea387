import type { NatsParser } from '../../frames/nats/createNatsParser.ts';
import type { NatsFrame } from '../../frames/nats/natsFrame.ts';
import type { NatsInfo } from '../../frames/nats/natsInfo.ts';
import { createSocketGenerations, type SocketGenerations } from '../../machines/driver/socketGenerations.ts';
import type { Transport } from '../../transports/transport.ts';
import { PING } from './encodeCommands.ts';
import type { NatsLinkHooks, NatsLinkSettings } from './natsLinkTypes.ts';
import type { PoolServer, ServerPool } from './serverPool.ts';
import { pongs, writeBounded } from './writeBounded.ts';

/**
 * The steady state of a {@link NatsLink}'s socket: frames in (MSG, PING, PONG; INFO and -ERR go to
 * `onInfo`/`onErr`), bounded writes out, PING/PONG flushes, and one report when the socket ends.
 * `NatsLink` adds the dial and the INFO → CONNECT + PING → PONG handshake.
 */
export abstract class NatsLinkSocket {
  protected readonly gens: SocketGenerations;
  protected transport: Transport | undefined;
  protected parser: NatsParser | undefined;
  protected server: PoolServer | undefined;
  protected handshakeDone = false;
  /** CONNECT went out on this socket (its first INFO started the handshake). */
  protected connectSent = false;
  protected pongWaiters: ((ok: boolean) => void)[] = [];
  private batch: Promise<boolean> | undefined;
  protected stopKeepalive: (() => void) | undefined;
  /** PINGs of the chunk being parsed, answered with one write after it. */
  private pongsOwed = 0;
  /** INFO of the current connection. */
  info: NatsInfo | undefined;

  constructor(
    protected readonly pool: ServerPool,
    protected readonly settings: NatsLinkSettings,
    protected readonly hooks: NatsLinkHooks,
  ) {
    this.gens = createSocketGenerations((event) => hooks.toMachine(event));
  }

  /**
   * Releases the current connection without reporting anything (the machine asked for it, or the
   * driver stopped). Only the first close after an open releases anything.
   */
  close(): void {
    if (this.gens.close()) this.release();
  }

  /** Writes bytes if the handshake is complete; returns whether they were written. */
  send(bytes: Uint8Array): boolean {
    if (!this.handshakeDone || this.transport === undefined) return false;
    this.write(bytes);
    return true;
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

  /**
   * Reports the verdict of a local catalog rule (with the app's overrides) about socket `gen`;
   * dropped when that socket is gone.
   */
  reportLocal(gen: number, rule: string, reason: string): void {
    this.gens.report(gen, this.settings.classify({ protocol: 'nats', kind: 'local', rule, reason }));
  }

  /** Every write to the socket; past `maxPendingBytes` the link is a slow consumer (see writeBounded). */
  protected write(bytes: Uint8Array): void {
    const reason = this.transport && writeBounded(this.transport, bytes, this.settings.maxPendingBytes);
    if (reason) this.reportLocal(this.gens.current, 'nats.link.slow-consumer', reason);
  }

  /** A chunk from socket `gen`: its frames, then one write for all the PONGs it owes. */
  protected read(gen: number, chunk: Uint8Array): void {
    if (!this.gens.isCurrent(gen) || this.parser === undefined) return;
    this.pongsOwed = 0;
    const error = this.parser.push(chunk, (frame) => {
      if (this.gens.isCurrent(gen)) this.onFrame(frame);
    });
    // One write for every PING of the chunk: a PING flood costs one queued write per chunk.
    if (this.pongsOwed > 0 && this.gens.isCurrent(gen)) this.write(pongs(this.pongsOwed));
    if (error) this.fail(gen, `protocol error: ${error.message}`);
  }

  /** Socket `gen` is unusable: count a failed dial if the handshake never finished, then report once. */
  protected fail(gen: number, reason: string): void {
    if (!this.gens.isCurrent(gen)) return;
    if (!this.handshakeDone && this.server !== undefined) this.pool.failed(this.server);
    this.gens.end(gen, { type: 'transport.error', reason });
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

  /** Every INFO: the handshake's start, and pool updates after it. */
  protected abstract onInfo(info: NatsInfo): void;

  /** Every -ERR: what it means for the connection depends on the handshake. */
  protected abstract onErr(text: string): void;

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
}
