/**
 * `codestate/celeriant`: a Node client for the Celeriant event store on codestate's machines.
 * Node only (raw TCP), so it is not part of `codestate` or the UMD bundle.
 * @packageDocumentation
 */
export * from '../../frames/celeriant/index.ts';
export { createTcpTransport, type TcpTransportOptions, tcpAddress } from '../../transports/tcpTransport.ts';
export type {
  Transport,
  TransportClose,
  TransportFactory,
  TransportHandlers,
} from '../../transports/transport.ts';
export type { Session } from '../shared/Session.ts';
export type { SessionClock, SessionTimers } from '../shared/sessionTimers.ts';
export type {
  CeleriantOperations,
  CeleriantReadResult,
  CeleriantWriteResult,
} from './celeriantOperations.ts';
export { CeleriantRequestError, type CeleriantRequestErrorKind } from './celeriantRequestError.ts';
export type { CeleriantSessionOptions } from './celeriantSessionOptions.ts';
export {
  type CeleriantSession,
  type CeleriantSessionEvents,
  createCeleriantSession,
} from './createCeleriantSession.ts';
export {
  applyRedirectPolicy,
  type RedirectPolicy,
  refuseLocalRedirect,
  refuseUnspecifiedRedirect,
} from './redirectPolicy.ts';
export type { CeleriantWatch } from './watch/celeriantWatch.ts';
export { CeleriantWatchError } from './watch/celeriantWatchError.ts';
export type {
  CeleriantResyncInfo,
  CeleriantWatchEvent,
  CeleriantWatchFilter,
  CeleriantWatchHandlers,
} from './watch/celeriantWatchTypes.ts';
