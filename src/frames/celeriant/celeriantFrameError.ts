/** What went wrong while reading or writing a Celeriant frame. */
export type CeleriantFrameErrorKind =
  | 'unsupported-version'
  | 'too-large'
  | 'length-mismatch'
  | 'unsupported-compression'
  | 'unknown-message-type'
  | 'malformed-body'
  | 'too-complex'
  | 'invalid-response'
  | 'invalid-input';

const REMEDIATION: Record<CeleriantFrameErrorKind, string> = {
  'unsupported-version':
    'Check that the address points at a Celeriant client port (default 10000) and not another service.',
  'too-large': 'Raise maxResponseSize if the server legitimately sends larger frames, or narrow the request.',
  'length-mismatch': 'Report this to the server operator; the frame header contradicts itself.',
  'unsupported-compression':
    'Connect without an Identify dictionary exchange so the server sends uncompressed responses.',
  'unknown-message-type': 'Upgrade codestate or pin the server to the protocol version codestate supports.',
  'malformed-body': 'Report this to the server operator; the body is not valid MessagePack.',
  'too-complex':
    'Raise maxDepth or maxDecodedSize if the server legitimately sends such responses; otherwise the server is broken or hostile.',
  'invalid-response': 'Check that client and server run compatible protocol versions.',
  'invalid-input': 'Pass ids as 32 hex characters, a GUID string, a bigint or 16 bytes.',
};

/**
 * A frame that could not be decoded or encoded. Decoders return it instead of throwing, so a bad
 * frame from a server is an event the session decides about, never a crash.
 */
export class CeleriantFrameError extends Error {
  override readonly name = 'CeleriantFrameError';
  /** What went wrong, machine-readable. */
  readonly kind: CeleriantFrameErrorKind;
  /** How to fix it. */
  readonly remediation: string;
  /** valibot issues or the library's error text, when there are any. */
  readonly issues: readonly string[];

  constructor(kind: CeleriantFrameErrorKind, message: string, issues: readonly string[] = []) {
    super(message);
    this.kind = kind;
    this.remediation = REMEDIATION[kind];
    this.issues = issues;
  }
}

/** A decoder's answer: a value, or a typed error. Never a throw. */
export type FrameResult<T> = { ok: true; value: T } | { ok: false; error: CeleriantFrameError };

/** Wraps a value as a successful {@link FrameResult}. */
export function frameOk<T>(value: T): FrameResult<T> {
  return { ok: true, value };
}

/** Wraps a typed error as a failed {@link FrameResult}. */
export function frameFail<T>(
  kind: CeleriantFrameErrorKind,
  message: string,
  issues: readonly string[] = [],
): FrameResult<T> {
  return { ok: false, error: new CeleriantFrameError(kind, message, issues) };
}
