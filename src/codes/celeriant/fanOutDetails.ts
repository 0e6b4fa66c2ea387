import { ACTIONS, SCOPES, type VerdictSpec } from '../types.ts';
import type { CeleriantDetails } from './parseDetails.ts';

/** Most per-shard watches a fan-out opens; a hostile `num_shards` must not open a million sockets. */
export const MAX_FAN_OUT_SHARDS = 1024;

/** The details of a fan-out verdict (9001/9002 on a watch). */
export interface FanOutDetails {
  /** Always true: open one watch per shard instead of this one. */
  fanOut: true;
  /** How many shards: open watches with `shard_id` 0 .. shards-1. */
  shards: number;
  /** The server's own fields (e.g. `num_shards`, `detail`). */
  [field: string]: unknown;
}

/**
 * Details for a fan-out verdict: the server's fields plus `fanOut: true` and a validated
 * `shards` count, or undefined when `num_shards` is missing or not an integer in
 * 1..{@link MAX_FAN_OUT_SHARDS} (then nobody knows how many watches to open).
 * @param details - the parsed `error_message`.
 */
export function fanOutDetails(details: CeleriantDetails | undefined): FanOutDetails | undefined {
  const fields = typeof details === 'object' ? details : {};
  const shards = fields.num_shards;
  if (
    typeof shards !== 'number' ||
    !Number.isSafeInteger(shards) ||
    shards < 1 ||
    shards > MAX_FAN_OUT_SHARDS
  ) {
    return undefined;
  }
  // Server keys named like ours must not override the validated values.
  const own = Object.entries(fields).filter(([key]) => key !== 'fanOut' && key !== 'shards');
  return { ...Object.fromEntries(own), fanOut: true, shards };
}

/** A row's alternative verdict stored as data in `extra`, or undefined when it is not one. */
export function verdictSpecOf(value: unknown): VerdictSpec | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { scope, action } = value as { scope?: unknown; action?: unknown };
  if (!SCOPES.includes(scope as VerdictSpec['scope'])) return undefined;
  if (!ACTIONS.includes(action as VerdictSpec['action'])) return undefined;
  return value as VerdictSpec;
}
