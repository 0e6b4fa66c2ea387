/** Why the NATS parser rejected the bytes it was given. */
export type NatsFrameErrorCode =
  | 'control-line-too-long'
  | 'payload-too-large'
  | 'unknown-operation'
  | 'bad-arguments'
  | 'bad-payload-terminator'
  | 'bad-info'
  | 'bad-headers';

/**
 * A typed protocol error from the NATS frame parser. Plain data, never thrown: the parser
 * returns it and stops, and the driver decides what to do (codestate drops the socket and
 * reconnects, as a broken byte stream cannot be resynchronised).
 */
export interface NatsFrameError {
  /** Discriminant, so a frame error is never mistaken for a frame. */
  kind: 'frame-error';
  /** Machine-readable cause. */
  code: NatsFrameErrorCode;
  /** What went wrong (declarative). */
  message: string;
  /** How to fix it (imperative). */
  remediation: string;
  /** Up to 64 characters of the offending control line, for logs. */
  excerpt?: string;
  /** valibot issues, when the INFO JSON failed validation. */
  issues?: readonly { message: string; path?: string }[];
}

const REMEDIATION: Record<NatsFrameErrorCode, string> = {
  'control-line-too-long':
    'Check that the peer speaks the NATS protocol, or raise maxControlLine to match the server max_control_line.',
  'payload-too-large': 'Raise maxPayload to at least the server max_payload, or publish smaller messages.',
  'unknown-operation':
    'Check that the URL points at a NATS client port, not an HTTP, route or monitoring port.',
  'bad-arguments': 'Check that the peer is a conforming NATS server; the connection is reset and retried.',
  'bad-payload-terminator':
    'Check that the peer is a conforming NATS server; the byte counts do not match the data.',
  'bad-info': 'Check that the peer is a NATS server of version 2.2 or later; its INFO block is not valid.',
  'bad-headers': 'Check that the publisher writes NATS/1.0 headers; the message cannot be decoded.',
};

/** Builds a {@link NatsFrameError} with its remediation filled in from the code. */
export function natsFrameError(
  code: NatsFrameErrorCode,
  message: string,
  extra: Pick<NatsFrameError, 'excerpt' | 'issues'> = {},
): NatsFrameError {
  const error: NatsFrameError = { kind: 'frame-error', code, message, remediation: REMEDIATION[code] };
  if (extra.excerpt !== undefined) error.excerpt = extra.excerpt.slice(0, 64);
  if (extra.issues !== undefined) error.issues = extra.issues;
  return error;
}
