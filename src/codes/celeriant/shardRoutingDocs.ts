import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in shardRoutingRules.ts, keyed by rule id. */
export const shardRoutingDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.9000': {
    message: 'The request carries no routing key; the server cannot pick a shard.',
    description: 'The server cannot route the request; on a watch it needs a filter or an explicit shard_id.',
    remediation: "Add the routing key the cluster's routing rule needs, or set shard_id on a watch.",
    source,
  },
  'celeriant.9001': {
    message:
      "Aggregates in this request hash to different shards. Re-allocate ids that share % num_shards, or change the cluster's routing rule. See Atomic multi-aggregate writes.",
    description:
      'On a watch: open one watch per shard 0..num_shards-1 (verdict.details.fanOut, details.shards). On a write: retrying with the same keys fails forever.',
    remediation:
      'For a watch, let the session fan out per shard; for a write, re-allocate the aggregate ids so they share id % num_shards.',
    source,
  },
  'celeriant.9002': {
    message:
      "A watch's filter set does not match the cluster's routing rule (e.g. routing by org_id but the watch has no Orgs filter).",
    description:
      'On a watch: open one watch per shard (verdict.details.fanOut, details.shards). Also sent for an invalid explicit shard_id and for empty write or delete maps, which fail.',
    remediation:
      'For a watch, let the session fan out per shard or filter by the routing key; for a request, fix shard_id or the empty write or delete map.',
    source,
  },
};
