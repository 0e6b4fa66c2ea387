import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/**
 * Celeriant shard routing errors (9xxx). The connection stays open after each.
 *
 * The same code means different things on a watch and on a request, and the signal does not
 * say which was sent. The row's verdict is the watch reading for 9001/9002 (fan out per shard)
 * and the request reading for 9000; `extra.onRequest` / `extra.onWatch` hold the other one for
 * the driver that knows what it sent. Without a usable `num_shards` nobody knows how many
 * watches to open and the same probe fails again, so `extra.withoutShards` ends the watch.
 */
export const shardRoutingRules: readonly CodeRule[] = [
  celeriantRule({
    code: 9000,
    name: 'ShardRoutingNoKey',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: '{}',
    extra: { onWatch: { scope: 'subscription', action: 'unsubscribe' } },
  }),
  celeriantRule({
    code: 9001,
    name: 'ShardRoutingMultipleShards',
    verdict: { scope: 'subscription', action: 'resubscribe', immediate: true },
    actionClass: 'FANOUT',
    connection: 'stays-open',
    detailShape: '{"num_shards":N}',
    extra: {
      fanOut: true,
      withoutShards: { scope: 'subscription', action: 'unsubscribe' },
      onRequest: { scope: 'request', action: 'fail' },
    },
  }),
  celeriantRule({
    code: 9002,
    name: 'ShardRoutingIncompatibleFilters',
    verdict: { scope: 'subscription', action: 'resubscribe', immediate: true },
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
