/** The cluster's shared event log: batches per aggregate key, and the last client sequence per writer. */
export class PeerStore {
  readonly batches = new Map<string, unknown[][]>();
  private readonly lastSeq = new Map<string, number>();
  private nextTimestamp = 1_700_000_000_000;

  /** Stores one aggregate's events; returns the error code and details for a duplicate sequence. */
  append(
    key: string,
    clientId: Uint8Array,
    userId: unknown,
    events: unknown[][],
    enforce: boolean,
  ): { version: number } | { code: number; details: Record<string, unknown> } {
    const writer = `${Buffer.from(clientId).toString('hex')}/${key}`;
    const seq = Number(events[0]?.[0] ?? 0);
    const last = this.lastSeq.get(writer);
    if (enforce && last !== undefined && seq <= last) {
      return { code: 2002, details: { last_client_seq: last, attempted_client_seq: seq } };
    }
    this.lastSeq.set(writer, seq);
    const list = this.batches.get(key) ?? [];
    const version = list.length + 1;
    list.push([version, clientId, userId ?? null, this.nextTimestamp++, events]);
    this.batches.set(key, list);
    return { version };
  }

  /** One page of batches from `from` (1-based), and the next version when more remain. */
  page(key: string, from: number, size: number): { batches: unknown[][]; next: number | null } {
    const list = this.batches.get(key) ?? [];
    const batches = list.slice(from - 1, from - 1 + size);
    const nextIndex = from - 1 + batches.length;
    return { batches, next: nextIndex < list.length ? nextIndex + 1 : null };
  }
}
