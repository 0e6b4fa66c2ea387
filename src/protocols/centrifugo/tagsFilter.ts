/** Comparison of a leaf {@link FilterNode} (Centrifugo's tags filter). */
export type FilterComparisonOperator =
  | 'eq'
  | 'neq'
  | 'in'
  | 'nin'
  | 'ex'
  | 'nex'
  | 'sw'
  | 'ew'
  | 'ct'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte';

/**
 * A node of a server-side publication filter on tags (Centrifugo >= 6, `tf` in the subscribe
 * command): a leaf compares one tag (`key`, `cmp`, `val` or `vals`), an `and`/`or`/`not` node
 * combines `nodes`. The same shape as centrifuge-js's `FilterNode`; the server evaluates it.
 *
 * @example
 * ```ts
 * session.subscribe('prices', { tagsFilter: { op: 'and', nodes: [
 *   { key: 'ticker', cmp: 'in', vals: ['BTC', 'ETH'] },
 *   { key: 'price', cmp: 'gt', val: '50000' },
 * ] } })
 * ```
 */
export interface FilterNode {
  op?: 'and' | 'or' | 'not';
  key?: string;
  cmp?: FilterComparisonOperator;
  val?: string;
  vals?: string[];
  nodes?: FilterNode[];
}
