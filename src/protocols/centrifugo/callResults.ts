import type {
  ClientInfo as WireClientInfo,
  HistoryResult as WireHistory,
  PresenceResult as WirePresence,
  PresenceStatsResult as WirePresenceStats,
  Publication as WirePublication,
} from '../../frames/centrifugo/index.ts';

/**
 * Who published, joined, left or is present, as centrifuge-js hands it to apps: `connInfo` and
 * `chanInfo` only when the server sent them (the wire's `conn_info`/`chan_info`).
 */
export interface ClientInfo {
  client: string;
  user: string;
  connInfo?: unknown;
  chanInfo?: unknown;
}

/** A publication as listeners and `history()` see it (centrifuge-js's `PublicationContext`). */
export interface PublicationContext {
  channel: string;
  data: unknown;
  /** Its offset in the channel stream, on positioned and recoverable channels. */
  offset?: number;
  /** Who published it, when the server says (publish from a client connection). */
  info?: ClientInfo;
  /** Publication tags (what `tagsFilter` filters on). */
  tags?: Record<string, string>;
}

/** `presence()`: every client in the channel, keyed by client id (centrifuge-js's `PresenceResult`). */
export interface PresenceResult {
  clients: Record<string, ClientInfo>;
}

/** `presenceStats()` (centrifuge-js's `PresenceStatsResult`). */
export interface PresenceStatsResult {
  numClients: number;
  numUsers: number;
}

/** `history()` (centrifuge-js's `HistoryResult`): publications, and the stream's current top. */
export interface HistoryResult {
  publications: PublicationContext[];
  epoch: string;
  offset: number;
}

/** The app's view of a wire `ClientInfo`. */
export function toClientInfo(info: WireClientInfo): ClientInfo {
  const out: ClientInfo = { client: info.client, user: info.user };
  // centrifuge-js copies only values that are there (a falsy one is left out alike).
  if (info.conn_info) out.connInfo = info.conn_info;
  if (info.chan_info) out.chanInfo = info.chan_info;
  return out;
}

/** The app's view of a wire publication of `channel` (`data` as given: delta already applied). */
export function toPublicationContext(
  channel: string,
  pub: WirePublication,
  data: unknown,
): PublicationContext {
  const out: PublicationContext = { channel, data };
  if (pub.offset !== undefined) out.offset = pub.offset;
  if (pub.info) out.info = toClientInfo(pub.info);
  if (pub.tags) out.tags = pub.tags;
  return out;
}

/** `presence` reply → {@link PresenceResult}. */
export function toPresence(wire: WirePresence): PresenceResult {
  // fromEntries defines own properties: a client id such as `__proto__` stays a plain key.
  return {
    clients: Object.fromEntries(Object.entries(wire.presence).map(([id, info]) => [id, toClientInfo(info)])),
  };
}

/** `presence_stats` reply → {@link PresenceStatsResult}. */
export const toPresenceStats = (wire: WirePresenceStats): PresenceStatsResult => ({
  numClients: wire.num_clients,
  numUsers: wire.num_users,
});

/** `history` reply of `channel` → {@link HistoryResult}. */
export const toHistory = (channel: string, wire: WireHistory): HistoryResult => ({
  publications: wire.publications.map((pub) => toPublicationContext(channel, pub, pub.data)),
  epoch: wire.epoch,
  offset: wire.offset,
});
