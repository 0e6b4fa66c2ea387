import type * as v from 'valibot';

/** Why an inbound frame was rejected. */
export type FrameErrorKind = 'too-large' | 'not-text' | 'not-json' | 'invalid';

/**
 * A rejected inbound frame, as data. Decoders return it instead of throwing, so a bad server
 * message becomes an event the machine decides about (Centrifugo: transport closed, reconnect).
 */
export interface FrameError {
  /** Marks the object as a frame error (it is data, not an `Error` subclass). */
  readonly type: 'frame-error';
  /** What went wrong, in one word. */
  readonly kind: FrameErrorKind;
  /** What went wrong, declarative. */
  readonly message: string;
  /** What to do about it, imperative. */
  readonly remediation: string;
  /** The valibot issues, for `invalid` frames. */
  readonly issues: readonly v.BaseIssue<unknown>[];
  /** Zero-based line of the newline-batched message that failed, when known. */
  readonly line?: number;
}

const REMEDIATION: Record<FrameErrorKind, string> = {
  'too-large': 'Raise maxFrameBytes if the server legitimately sends frames this large.',
  'not-text': 'Connect to a Centrifugo JSON endpoint; binary (protobuf) frames are not supported.',
  'not-json': 'Check that the URL points at a Centrifugo WebSocket endpoint, not a proxy or web page.',
  invalid: 'Check the server version; this client speaks Centrifugo protocol v2 (Centrifugo >= 4).',
};

/** Builds a {@link FrameError}. */
export function frameError(
  kind: FrameErrorKind,
  message: string,
  issues: readonly v.BaseIssue<unknown>[] = [],
  line?: number,
): FrameError {
  const error: FrameError = { type: 'frame-error', kind, message, remediation: REMEDIATION[kind], issues };
  return line === undefined ? error : { ...error, line };
}

/** True for a {@link FrameError}. */
export function isFrameError(value: unknown): value is FrameError {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'frame-error';
}
