import { INVALID_EPOCH } from './buildCommands.ts';
import { type SubscriptionRecord, wantsSubscribe } from './SubscriptionRecord.ts';

/** The client-side subscriptions of one session, by channel (and by compacted id). */
export interface ChannelRegistry {
  add(record: SubscriptionRecord): void;
  remove(channel: string): void;
  get(channel: string): SubscriptionRecord | undefined;
  /** The channel a compacted push id stands for. */
  byId(id: number): SubscriptionRecord | undefined;
  /** Remembers a compacted id from a subscribe reply. */
  setId(id: number, channel: string): void;
  /** Records whose machine waits in `subscribing` and whose subscribe needs no async token. */
  waiting(): SubscriptionRecord[];
  /** The socket went away: nothing is live or in flight any more. */
  dropSocket(): void;
  /** 3014: every position fails recovery visibly, every fetched token is dropped. */
  invalidateAll(): void;
  readonly size: number;
}

/** Forgets a subscription's position and fetched token (3014, 2502; spec §2c). */
export function invalidateRecord(record: SubscriptionRecord): void {
  if (record.options.getToken) record.token = '';
  if (record.position || record.recoverable) record.position = { offset: 0, epoch: INVALID_EPOCH };
  record.machine?.positionMoved();
}

/** Builds an empty {@link ChannelRegistry}. */
export function createChannelRegistry(): ChannelRegistry {
  const records = new Map<string, SubscriptionRecord>();
  const ids = new Map<number, string>();
  return {
    add: (record) => void records.set(record.channel, record),
    remove(channel) {
      records.delete(channel);
      for (const [id, name] of ids) if (name === channel) ids.delete(id);
    },
    get: (channel) => records.get(channel),
    byId: (id) => {
      const channel = ids.get(id);
      return channel === undefined ? undefined : records.get(channel);
    },
    setId: (id, channel) => void ids.set(id, channel),
    waiting: () =>
      [...records.values()].filter(
        (r) => wantsSubscribe(r) && !r.inflight && (r.token || !r.options.getToken),
      ),
    dropSocket() {
      ids.clear();
      for (const record of records.values()) {
        record.inflight = false;
        record.live = false;
        record.stopRefresh();
      }
    },
    invalidateAll() {
      for (const record of records.values()) invalidateRecord(record);
    },
    get size() {
      return records.size;
    },
  };
}
