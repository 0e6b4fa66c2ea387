import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

/**
 * Celeriant shard routing errors (9xxx). The connection stays open after each.
 *
 * The same code means different things on a watch and on a request, and the signal does not
 * say which was sent. The row's verdict is the watch reading for 9001/9002 (fan out per shard)
 * and the request reading for 9000; `extra.onRequest` / `extra.onWatch` hold the other one for
 * the driver that knows what it sent. Without a usable `num_shards` nobody knows how many
 * watches to open and the same probe fails again, so `extra.withoutShards` ends the watch.
 */
export const shardRoutingRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 9000,
    name: 'ShardRoutingNoKey',
    message: 'The request carries no routing key; the server cannot pick a shard.',
    description: 'The server cannot route the request; on a watch it needs a filter or an explicit shard_id.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: "Add the routing key the cluster's routing rule needs, or set shard_id on a watch.",
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
    extra: { onWatch: { scope: 'subscription', action: 'unsubscribe' } },
  }),
  celeriantRow({
    code: 9001,
    name: 'ShardRoutingMultipleShards',
    message:
      "Aggregates in this request hash to different shards. Re-allocate ids that share % num_shards, or change the cluster's routing rule. See Atomic multi-aggregate writes.",
    description:
      'On a watch: open one watch per shard 0..num_shards-1 (verdict.details.fanOut, details.shards). On a write: retrying with the same keys fails forever.',
    verdict: { scope: 'subscription', action: 'resubscribe', immediate: true },
    remediation:
      'For a watch, let the session fan out per shard; for a write, re-allocate the aggregate ids so they share id % num_shards.',
    actionClass: 'FANOUT',
    connection: 'stays-open',
    detailShape: '{"num_shards":N}',
    extra: {
      fanOut: true,
      withoutShards: { scope: 'subscription', action: 'unsubscribe' },
      onRequest: { scope: 'request', action: 'fail' },
    },
  }),
  celeriantRow({
    code: 9002,
    name: 'ShardRoutingIncompatibleFilters',
    message:
      "A watch's filter set does not match the cluster's routing rule (e.g. routing by org_id but the watch has no Orgs filter).",
    description:
      'On a watch: open one watch per shard (verdict.details.fanOut, details.shards). Also sent for an invalid explicit shard_id and for empty write or delete maps, which fail.',
    verdict: { scope: 'subscription', action: 'resubscribe', immediate: true },
    remediation:
      'For a watch, let the session fan out per shard or filter by the routing key; for a request, fix shard_id or the empty write or delete map.',
    actionClass: 'FANOUT',
    connection: 'stays-open',
    detailShape: '{"detail":"…","num_shards":N}',
    extra: {
      fanOut: true,
      withoutShards: { scope: 'subscription', action: 'unsubscribe' },
      onRequest: { scope: 'request', action: 'fail' },
    },
  }),
];
