import type { CentrifugoDriverOptions, StreamPosition } from './CentrifugoOptions.ts';
import type { SubscriptionRecord } from './SubscriptionRecord.ts';

/** Epoch centrifuge-js sends after 3014/2502 so that recovery fails visibly (spec §2c). */
export const INVALID_EPOCH = '_';

/** centrifuge-js always advertises channel compaction (`flag: 1`, spec §3). */
const CHANNEL_COMPACTION_FLAG = 1;
/** Asks the server to refuse (112) a position it cannot recover; sent with `getState` (spec §3). */
const REJECT_UNRECOVERED_FLAG = 2;

/** The `connect` command body: only fields that have values (spec §7). */
export function buildConnect(
  options: Pick<CentrifugoDriverOptions, 'name' | 'version'> & {
    data?: unknown;
    headers?: Record<string, string> | undefined;
  },
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

/**
 * The `subscribe` command body, with recovery fields when a position is known, and delta and the
 * tags filter (`tf`) as centrifuge-js 5.8 sends them.
 */
export function buildSubscribe(
  record: Pick<SubscriptionRecord, 'channel' | 'options' | 'data' | 'tagsFilter'>,
  token: string,
  position: StreamPosition | undefined,
): Record<string, unknown> {
  const { channel, options } = record;
  const body: Record<string, unknown> = { channel };
  if (token) body.token = token;
  if (record.data !== undefined && record.data !== null) body.data = record.data;
  if (options.positioned) body.positioned = true;
  if (options.recoverable) body.recoverable = true;
  if (options.joinLeave) body.join_leave = true;
  body.flag = CHANNEL_COMPACTION_FLAG | (options.getState ? REJECT_UNRECOVERED_FLAG : 0);
  if (position) {
    body.recover = true;
    if (position.offset > 0) body.offset = position.offset;
    body.epoch = position.epoch;
  }
  if (options.delta) body.delta = options.delta;
  if (record.tagsFilter) body.tf = record.tagsFilter;
  return body;
}
