/**
 * The NATS-only UMD bundle's entry (global `CodestateNats`): the session over WebSocket (`ws://`
 * servers in a browser), its banner helper and the status selectors. The catalog's documentation
 * (`explain`, `catalog`) is left out: it is in the full bundle (`Codestate`).
 */

export { selectConnectionStatus } from '../machines/connection/connection.selectors.ts';
export { describeConnectionStatus } from '../machines/connection/describeConnectionStatus.ts';
export { selectSubscriptionStatus } from '../machines/subscription/subscription.selectors.ts';
export * from '../protocols/nats/index.ts';
