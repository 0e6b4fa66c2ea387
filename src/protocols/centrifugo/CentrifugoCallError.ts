import type { Verdict } from '../../codes/types.ts';

/**
 * Where a call error came from: the server's reply, or the client (timeout, closed socket, or a
 * session that was stopped).
 */
export type CallErrorOrigin = 'server' | 'timeout' | 'closed' | 'stopped';

/**
 * A failed publish, rpc, history, presence or subscribe call. Client-side codes match centrifuge-js
 * (`1` timeout, `4` client closed: the session was stopped, `11` connection closed); the others are
 * the server's.
 */
export class CentrifugoCallError extends Error {
  /** Tells a call error from a reply in one-callback APIs. */
  readonly type = 'call-error' as const;
  /** The error code. */
  readonly code: number;
  /** The server's temporary flag: retrying later may succeed. */
  readonly temporary: boolean;
  /** Who produced the error. */
  readonly origin: CallErrorOrigin;
  /** How codestate classified a server error. */
  verdict: Verdict | undefined;

  constructor(code: number, message: string, temporary: boolean, origin: CallErrorOrigin) {
    super(message);
    this.name = 'CentrifugoCallError';
    this.code = code;
    this.temporary = temporary;
    this.origin = origin;
    this.verdict = undefined;
  }
}

/** No reply came within `timeout`. */
export const timeoutError = (): CentrifugoCallError => new CentrifugoCallError(1, 'timeout', true, 'timeout');

/** The connection closed before the reply came. */
export const connectionClosedError = (): CentrifugoCallError =>
  new CentrifugoCallError(11, 'connection closed', true, 'closed');

/**
 * The session was stopped: `operation` (publish, subscribe, ...) was called after `stop()`, or was
 * still waiting when it ran. Code 4 is centrifuge-js's `clientClosed`.
 */
export const sessionStoppedError = (operation: string): CentrifugoCallError =>
  new CentrifugoCallError(
    4,
    `${operation} failed: the session was stopped (stop() was called). A stopped session cannot be used again; create a new one with createCentrifugoSession().`,
    false,
    'stopped',
  );
