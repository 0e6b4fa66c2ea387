import type {
  CentrifugoDriverOptions,
  CentrifugoSubscriptionOptions,
  StreamPosition,
} from './CentrifugoOptions.ts';

/** Epoch centrifuge-js sends after 3014/2502 so that recovery fails visibly (spec §2c). */
export const INVALID_EPOCH = '_';

/** centrifuge-js always advertises channel compaction (`flag: 1`, spec §3). */
const CHANNEL_COMPACTION_FLAG = 1;

/** The `connect` command body: only fields that have values (spec §7). */
export function buildConnect(
  options: CentrifugoDriverOptions,
  token: string,
  serverSubs: ReadonlyMap<string, StreamPosition>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (token) body.token = token;
  if (options.data !== undefined && options.data !== null) body.data = options.data;
  body.name = options.name ?? 'js';
  if (options.version) body.version = options.version;
  if (options.headers && Object.keys(options.headers).length > 0) body.headers = options.headers;
  if (serverSubs.size > 0) {
    const subs: Record<string, unknown> = {};
    // As centrifuge-js: a zero offset and an empty epoch are left out.
    for (const [channel, { offset, epoch }] of serverSubs)
      subs[channel] = { recover: true, ...(offset ? { offset } : {}), ...(epoch ? { epoch } : {}) };
    body.subs = subs;
  }
  return body;
}

/** The `subscribe` command body, with recovery fields when a position is known. */
export function buildSubscribe(
  channel: string,
  options: CentrifugoSubscriptionOptions,
  token: string,
  position: StreamPosition | undefined,
): Record<string, unknown> {
  const body: Record<string, unknown> = { channel };
  if (token) body.token = token;
  if (options.data !== undefined && options.data !== null) body.data = options.data;
  if (options.positioned) body.positioned = true;
  if (options.recoverable) body.recoverable = true;
  if (options.joinLeave) body.join_leave = true;
  body.flag = CHANNEL_COMPACTION_FLAG;
  if (position) {
    body.recover = true;
    if (position.offset > 0) body.offset = position.offset;
    body.epoch = position.epoch;
  }
  return body;
}
