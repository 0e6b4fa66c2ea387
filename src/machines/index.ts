/**
 * `codestate/machines`: protocol-agnostic XState v5 machines that read verdicts, with backoff policies
 * and UI selectors. See src/machines/README.md for the driver contract.
 * @packageDocumentation
 */
export * from './backoff/index.ts';
export { circuitBreakerMachine } from './breaker/breaker.machine.ts';
export { type BreakerStatus, selectBreakerStatus } from './breaker/breaker.selectors.ts';
export type { BreakerContext, BreakerEvent, BreakerInput, BreakerState } from './breaker/breaker.types.ts';
export { type BrowserFactEvent, type BrowserFactsInput, browserFacts } from './browser/browserFacts.ts';
export { connectionMachine } from './connection/connection.machine.ts';
export {
  type ConnectionSnapshot,
  type ConnectionStatus,
  selectConnectionStatus,
} from './connection/connection.selectors.ts';
export type {
  ConnectionContext,
  ConnectionDriverCommand,
  ConnectionEvent,
  ConnectionInput,
  ConnectionState,
} from './connection/connection.types.ts';
export {
  type ConnectionDriverLogic,
  type ConnectionImplementations,
  createConnectionMachine,
} from './connection/createConnectionMachine.ts';
export { describeConnectionStatus } from './connection/describeConnectionStatus.ts';
export type { ConnectionDriverEvent, SocketEnd } from './driver/driver.types.ts';
export { endsConnection } from './driver/endsConnection.ts';
export { createSocketGenerations, type SocketGenerations } from './driver/socketGenerations.ts';
export { createRequestMachine, type RequestDriverLogic } from './request/createRequestMachine.ts';
export { requestMachine } from './request/request.machine.ts';
export { type RequestState, type RequestStatus, selectRequestStatus } from './request/request.selectors.ts';
export type {
  RequestContext,
  RequestDriverCommand,
  RequestEvent,
  RequestInput,
  RequestOutcome,
  RequestOutput,
} from './request/request.types.ts';
export { clockNow } from './shared/clockNow.ts';
export { clampDelay, MAX_TIMER_DELAY, timeoutOption } from './shared/delays.ts';
export { inputNumber } from './shared/inputNumber.ts';
export { MachineInputError } from './shared/machineInputError.ts';
export { type RetryNowTarget, retryNow } from './shared/retryNow.ts';
export type { RetryStatus } from './shared/retryStatus.ts';
export { localCause, summarizeVerdict, type VerdictSummary } from './shared/verdictSummary.ts';
export {
  createSubscriptionMachine,
  type SubscriptionDriverLogic,
} from './subscription/createSubscriptionMachine.ts';
export { leanSubscriptionMachine } from './subscription/leanSubscriptionMachine.ts';
export {
  type SubscriptionSnapshot,
  type SubscriptionStatus,
  selectSubscriptionStatus,
} from './subscription/subscription.selectors.ts';
export type {
  SubscriptionContext,
  SubscriptionDriverCommand,
  SubscriptionEvent,
  SubscriptionInput,
  SubscriptionState,
} from './subscription/subscription.types.ts';
export { subscriptionMachine } from './subscription/subscriptionMachine.ts';
