import type { IdentifyInput } from '../../frames/celeriant/index.ts';
import type { CeleriantConnection, ConnectionSettings } from './celeriantConnection.ts';
import { type Checkout, openIdentified } from './openIdentified.ts';

/** Pool settings on top of the per-connection ones. */
export interface PoolSettings extends ConnectionSettings {
  /** Most request connections to the current node (official clients: 10; codestate: 4). */
  maxConnections: number;
  /** Connections idle longer than this are dropped on checkout (server closes at 30 s; clients use 25 s). */
  idleTimeout: number;
}

/**
 * A small pool of identified connections to one node. Each connection carries one request at a
 * time; callers beyond `maxConnections` queue. `retarget` drops every connection (the leader moved).
 */
export class CeleriantPool {
  private idle: CeleriantConnection[] = [];
  private readonly all = new Set<CeleriantConnection>();
  private waiters: Array<(checkout: Checkout) => void> = [];
  private opening = 0;
  private generation = 0;
  private identify: IdentifyInput = {};

  constructor(
    private readonly settings: PoolSettings,
    public target: string,
  ) {}

  /** Sets the Identify sent as the first frame of every new connection (spec §1.7). */
  setIdentify(identify: IdentifyInput): void {
    this.identify = identify;
  }

  /** Opens (and identifies) one connection now; used by the connection machine's driver. */
  async warm(): Promise<Checkout> {
    const checkout = await this.open();
    if (checkout.ok) this.release(checkout.connection);
    return checkout;
  }

  /** Takes a connection: an idle one, a new one, or the next one released. */
  acquire(): Promise<Checkout> {
    const now = this.settings.timers.now();
    while (this.idle.length > 0) {
      const connection = this.idle.pop() as CeleriantConnection;
      if (!connection.closed && now - connection.idleSince < this.settings.idleTimeout) {
        return Promise.resolve({ ok: true, connection });
      }
      this.discard(connection);
    }
    if (this.all.size + this.opening < this.settings.maxConnections) return this.open();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Returns a connection after an exchange; a closed one is dropped and a waiter gets a fresh one. */
  release(connection: CeleriantConnection): void {
    if (connection.closed || connection.target !== this.target) {
      this.discard(connection);
      const waiter = this.waiters.shift();
      if (waiter) void this.open().then(waiter);
      return;
    }
    const waiter = this.waiters.shift();
    if (waiter) waiter({ ok: true, connection });
    else this.idle.push(connection);
  }

  /** Points the pool at another node and closes every connection to the old one. */
  retarget(target: string): void {
    if (target === this.target) return;
    this.target = target;
    this.closeAll('leader moved');
  }

  /** Closes every connection; queued callers get a transport failure. */
  closeAll(reason: string): void {
    this.generation++;
    for (const connection of this.all) connection.close(reason);
    this.all.clear();
    this.idle = [];
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters)
      waiter({ ok: false, failure: { type: 'transport', reason, dialFailed: false } });
  }

  private discard(connection: CeleriantConnection): void {
    this.all.delete(connection);
    if (!connection.closed) connection.close('evicted');
  }

  private async open(): Promise<Checkout> {
    const generation = this.generation;
    this.opening++;
    const checkout = await openIdentified(this.target, this.settings, this.identify);
    this.opening--;
    if (generation !== this.generation) {
      if (checkout.ok) checkout.connection.close('pool closed');
      return { ok: false, failure: { type: 'transport', reason: 'pool closed', dialFailed: false } };
    }
    if (checkout.ok) this.all.add(checkout.connection);
    return checkout;
  }
}
