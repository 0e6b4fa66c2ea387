/** Why a transport could not be used. */
export type TransportErrorKind = 'no-websocket' | 'open-failed' | 'no-transport' | 'unknown-transport';

/**
 * A transport that cannot work at all (a configuration problem, not a network one).
 * Network failures are not thrown: they arrive as close events.
 */
export class TransportError extends Error {
  /** What went wrong, in one word. */
  readonly kind: TransportErrorKind;
  /** What to do about it, imperative. */
  readonly remediation: string;

  constructor(kind: TransportErrorKind, message: string, remediation: string) {
    super(message);
    this.name = 'TransportError';
    this.kind = kind;
    this.remediation = remediation;
  }
}
