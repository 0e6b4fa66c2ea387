import type { Verdict } from '../../codes/types.ts';
import { celeriantRemediation } from './celeriantRemediation.ts';

/** Why a Celeriant operation ended without a result. */
export type CeleriantRequestErrorKind =
  /** The server refused the request for good (`fail` verdict). */
  | 'failed'
  /** Optimistic concurrency: re-read, decide again, write with a new client sequence. */
  | 'conflict'
  /** Retries, redirects or the deadline ran out. */
  | 'exhausted'
  /** The session closed (app `close()` or a terminal auth verdict). */
  | 'closed'
  /** The session was stopped (`stop()`): it cannot be used again. */
  | 'stopped'
  /** The request itself was invalid before anything was sent. */
  | 'invalid-input';

const DEFAULT_REMEDIATION: Record<CeleriantRequestErrorKind, string> = {
  failed:
    'Fix the request or the server configuration named by the code; retrying the same request will fail again.',
  conflict: 'Re-read the aggregate, decide again on fresh state, and write with a new client sequence.',
  exhausted:
    'Check that the cluster has a reachable leader, then retry with the same client sequence; the write may have landed.',
  closed: 'Call connect() again once credentials or configuration are fixed.',
  stopped: 'Create a new session with createCeleriantSession(); a stopped session cannot be used again.',
  'invalid-input': 'Fix the ids or values passed to the call.',
};

/**
 * A Celeriant operation failed. `verdict` is the classification that decided it (rule, code,
 * reason); `details` holds the server's parsed fields, e.g. `expected_version` and
 * `current_aggregate_version` for a conflict.
 */
export class CeleriantRequestError extends Error {
  override readonly name = 'CeleriantRequestError';
  /** What kind of ending this is. */
  readonly kind: CeleriantRequestErrorKind;
  /** The server code, when the server sent one. */
  readonly code: number | undefined;
  /** The verdict that ended the request, when one did. */
  readonly verdict: Verdict | undefined;
  /** Parsed server details (JSON-in-message), when there were any. */
  readonly details: unknown;
  /** How to fix it: the catalog row's remediation, else a generic one for the kind. */
  readonly remediation: string;
  /** Attempts made (sends), including the last. */
  readonly attempts: number;

  constructor(
    kind: CeleriantRequestErrorKind,
    message: string,
    options: { verdict?: Verdict; attempts?: number } = {},
  ) {
    super(message);
    this.kind = kind;
    this.verdict = options.verdict;
    this.code = options.verdict?.code;
    this.details = options.verdict?.details;
    this.remediation = celeriantRemediation(options.verdict) ?? DEFAULT_REMEDIATION[kind];
    this.attempts = options.attempts ?? 0;
  }
}

/** Builds the error for a verdict that ended a request. */
export function requestErrorFromVerdict(
  operation: string,
  verdict: Verdict,
  attempts: number,
): CeleriantRequestError {
  const kind: CeleriantRequestErrorKind =
    verdict.action === 'conflict' ? 'conflict' : verdict.action === 'close' ? 'closed' : 'failed';
  const name = verdict.entry?.name ?? verdict.rule;
  const code = verdict.code === undefined ? '' : ` ${verdict.code}`;
  return new CeleriantRequestError(kind, `Celeriant ${operation} failed:${code} ${name}.`, {
    verdict,
    attempts,
  });
}

/** `operation` was called after `stop()` (or was still running when it ran). */
export const sessionStoppedError = (operation: string): CeleriantRequestError =>
  new CeleriantRequestError(
    'stopped',
    `Celeriant ${operation} failed: the session was stopped (stop() was called).`,
  );
