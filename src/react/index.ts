/**
 * `codestate/react`: React hooks over any codestate session (Centrifugo, NATS, shared by tabs or
 * not). `react` (18 or later) is an optional peer dependency: only this subpath imports it.
 * @packageDocumentation
 */
export {
  type BannerSession,
  type ConnectionBanner,
  useConnectionBanner,
} from './useConnectionBanner.ts';
export { useNow } from './useNow.ts';
export { type StatusSource, useSessionStatus } from './useSessionStatus.ts';
export {
  type SubscribingSession,
  type SubscriptionSource,
  type SubscriptionView,
  type UseSubscriptionOptions,
  useSubscription,
} from './useSubscription.ts';
