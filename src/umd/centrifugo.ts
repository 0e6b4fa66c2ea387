/**
 * The Centrifugo-only UMD bundle's entry (global `CodestateCentrifugo`): the session, its banner
 * helpers and the status selectors, for a page that talks to one Centrifugo server from a
 * `<script>` tag. The catalog's documentation (`explain`, `catalog`) is left out: it is in the full
 * bundle (`Codestate`).
 */

export { selectConnectionStatus } from '../machines/connection/connection.selectors.ts';
export { describeConnectionStatus } from '../machines/connection/describeConnectionStatus.ts';
export { selectSubscriptionStatus } from '../machines/subscription/subscription.selectors.ts';
export * from '../protocols/centrifugo/index.ts';
