/**
 * `codestate/nats/auth`: authenticators for NATS servers with nkey users, user JWTs (operator
 * mode) and `.creds` files. A subpath of its own because it brings `@nats-io/nkeys` (Ed25519):
 * sessions with user/password or token logins do not ship it.
 * @packageDocumentation
 */

export {
  credsAuthenticator,
  jwtAuthenticator,
  type NatsAuthenticator,
  nkeyAuthenticator,
  type Source,
  signNonce,
} from './authenticators.ts';
export { NatsCredentialsError, type NatsCredentialsErrorCode } from './natsCredentialsError.ts';
export { type ParsedCreds, parseCreds } from './parseCreds.ts';
