import { encode, fromSeed } from '@nats-io/nkeys';
import type { NatsCredentials, NatsCredentialsRequest } from '../natsSessionOptions.ts';
import { NatsCredentialsError } from './natsCredentialsError.ts';
import { parseCreds } from './parseCreds.ts';

/** A `credentials` callback for `createNatsSession` (async allowed). */
export type NatsAuthenticator = (
  request: NatsCredentialsRequest,
) => NatsCredentials | Promise<NatsCredentials>;

/** A value, or a function that returns it (called on every dial, e.g. to read a rotated file). */
export type Source<T> = T | (() => T | Promise<T>);

const enc = new TextEncoder();
const read = async <T>(source: Source<T>): Promise<T> =>
  typeof source === 'function' ? (source as () => T | Promise<T>)() : source;

/**
 * `nkey` + `sig` for a seed: the public key and the INFO nonce signed with the seed (Ed25519 by
 * `@nats-io/nkeys`). The seed stays in this closure; only the signature goes on the wire.
 * @throws {NatsCredentialsError} `invalid-seed` (without the seed in the message).
 */
export function signNonce(
  seed: string | Uint8Array,
  nonce: string | undefined,
): { nkey: string; sig?: string } {
  let pair: ReturnType<typeof fromSeed>;
  try {
    pair = fromSeed(typeof seed === 'string' ? enc.encode(seed.trim()) : seed);
  } catch {
    throw new NatsCredentialsError(
      'invalid-seed',
      'The nkey seed is not a valid seed (bad prefix or checksum).',
    );
  }
  const nkey = pair.getPublicKey();
  if (nonce === undefined || nonce === '') return { nkey };
  return { nkey, sig: encode(pair.sign(enc.encode(nonce))) };
}

/** Signs the server's nonce with an nkey seed (`SU...`), for servers with `nkey` users. */
export function nkeyAuthenticator(seed: Source<string | Uint8Array>): NatsAuthenticator {
  return async ({ nonce }) => signNonce(await read(seed), nonce);
}

/** Sends a user JWT and signs the nonce with its seed (operator mode, decentralized auth). */
export function jwtAuthenticator(jwt: Source<string>, seed: Source<string | Uint8Array>): NatsAuthenticator {
  return async ({ nonce }) => ({ jwt: (await read(jwt)).trim(), ...signNonce(await read(seed), nonce) });
}

/**
 * Reads the JWT and seed of a `.creds` file's contents (pass the text or bytes; a function is
 * called on every dial, so a rotated file is read again). Static contents are checked at once.
 * @throws {NatsCredentialsError} for a malformed file, never printing the seed.
 */
export function credsAuthenticator(creds: Source<string | Uint8Array>): NatsAuthenticator {
  if (typeof creds !== 'function') {
    const { jwt, seed } = parseCreds(creds);
    signNonce(seed, undefined); // a bad checksum fails now, not at the first dial
    return jwtAuthenticator(jwt, seed);
  }
  return async ({ nonce }) => {
    const { jwt, seed } = parseCreds(await read(creds));
    return { jwt, ...signNonce(seed, nonce) };
  };
}
