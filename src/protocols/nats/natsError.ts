/** Why a NATS session call failed. */
export type NatsErrorCode =
  | 'closed'
  | 'stopped'
  | 'draining'
  | 'disconnected'
  | 'invalid-subject'
  | 'payload-too-large'
  | 'timeout'
  | 'no-responders'
  | 'permission-denied'
  | 'invalid-header'
  | 'reconnect-buffer-full';

const REMEDIATION: Record<NatsErrorCode, string> = {
  closed: 'Call connect() before publishing, subscribing or requesting.',
  stopped: 'Create a new session with createNatsSession(); a stopped session cannot be used again.',
  draining: 'Wait for drain() to finish and connect() again before new work.',
  disconnected: 'Retry when session.state is connected, or listen for the status change.',
  'invalid-subject': 'Pass a non-empty subject (and queue group) without spaces, tabs or line breaks.',
  'payload-too-large': 'Send a smaller payload, or raise max_payload in the server configuration.',
  timeout: 'Check that a responder is subscribed to the subject, or raise the request timeout.',
  'no-responders': 'Start a service subscribed to the subject before sending the request.',
  'permission-denied': 'Grant the user publish permission on the subject in the server authorization block.',
  'invalid-header':
    'Use header names without spaces or colons, values without line breaks, and a 3-digit status code.',
  'reconnect-buffer-full':
    'Publish less while disconnected, raise reconnectBufSize, or check session.state and retry after reconnecting.',
};

/**
 * A typed error from a NATS session call (`publish`, `request`, `subscribe`): a `code` to branch
 * on, a declarative `message` and an imperative `remediation`.
 */
export class NatsError extends Error {
  override readonly name = 'NatsError';
  /** Machine-readable cause. */
  readonly code: NatsErrorCode;
  /** How to fix it. */
  readonly remediation: string;

  constructor(code: NatsErrorCode, message: string) {
    super(message);
    this.code = code;
    this.remediation = REMEDIATION[code];
  }
}

/** Rejects subjects NATS cannot carry: empty, or containing whitespace. */
export function checkSubject(subject: string, what = 'subject'): void {
  if (typeof subject !== 'string' || subject === '' || /[\s]/.test(subject)) {
    throw new NatsError(
      'invalid-subject',
      `The ${what} ${JSON.stringify(subject)} is empty or contains whitespace.`,
    );
  }
}

/** `operation` was called after `stop()` (or was waiting for a reply when it ran). */
export const sessionStoppedError = (operation: string): NatsError =>
  new NatsError('stopped', `${operation} failed: the session was stopped (stop() was called).`);
