/** Why credentials given to an authenticator of `codestate/nats/auth` were refused. */
export type NatsCredentialsErrorCode = 'malformed-creds' | 'invalid-seed' | 'invalid-jwt';

const REMEDIATION: Record<NatsCredentialsErrorCode, string> = {
  'malformed-creds':
    'Pass the whole .creds file as written by nsc or the account server: a NATS USER JWT block, then a USER NKEY SEED block.',
  'invalid-seed': 'Pass the user seed (SU..., 58 characters) exactly as nsc printed it.',
  'invalid-jwt': 'Pass the user JWT (three base64url parts separated by dots) exactly as issued.',
};

/**
 * A typed error for credentials that cannot be used: a `code`, a message that says what is wrong
 * and a `remediation`. Never contains the seed, nor any part of the file it came from.
 */
export class NatsCredentialsError extends Error {
  override readonly name = 'NatsCredentialsError';
  /** Machine-readable cause. */
  readonly code: NatsCredentialsErrorCode;
  /** How to fix it. */
  readonly remediation: string;

  constructor(code: NatsCredentialsErrorCode, message: string) {
    super(message);
    this.code = code;
    this.remediation = REMEDIATION[code];
  }
}
