import { jsRemediation } from '../../../codes/nats/jetStream/jsRemediation.ts';
import type { Verdict } from '../../../codes/types.ts';

/** Why a JetStream call failed. */
export type JetStreamErrorCode =
  /** The JetStream API answered with an error object (see `errCode`, `verdict`). */
  | 'api'
  /** Nothing answered: JetStream is off, or no stream captures the subject. */
  | 'no-responders'
  /** No answer in time; the call may or may not have been applied. */
  | 'timeout'
  /** The session was not connected, stopped or draining. */
  | 'session'
  /** The answer did not match the API's schema. */
  | 'bad-response'
  /** The call's options were unusable. */
  | 'invalid-argument';

/**
 * A typed error of a JetStream call: a `code` to branch on, the catalog `verdict` that decided
 * (rule `nats.js-api.<err_code>` for API errors), the server's `errCode` and `status`, and an
 * imperative `remediation` from the catalog row.
 */
export class JetStreamError extends Error {
  override readonly name = 'JetStreamError';
  readonly code: JetStreamErrorCode;
  /** The verdict of the catalog row that classified it. */
  readonly verdict: Verdict;
  /** The JetStream `err_code` (10002 …), when the API sent one. */
  readonly errCode: number | undefined;
  /** How many sends were made (retries included). */
  attempts = 1;

  constructor(code: JetStreamErrorCode, message: string, verdict: Verdict, errCode?: number) {
    super(message);
    this.code = code;
    this.verdict = verdict;
    this.errCode = errCode;
  }

  /** How to fix it: the remediation of the catalog row behind the verdict. */
  get remediation(): string {
    return jsRemediation(this.verdict) ?? 'Read the message and fix the request.';
  }
}
