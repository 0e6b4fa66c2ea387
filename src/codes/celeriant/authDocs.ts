import type { CodeDoc } from '../types.ts';
import { SEED_SOURCE } from './celeriantSources.ts';

const source = SEED_SOURCE;

/** Message, description, remediation and source of each rule in authRules.ts, keyed by rule id. */
export const authDocs: Readonly<Record<string, CodeDoc>> = {
  'celeriant.10001': {
    message: 'The nonce is expired or malformed. Check client clock against server.',
    description:
      'The nonce is outside the window of 60 s ahead and 2 min behind the server clock. One reconnect with a fresh nonce is worth it; a second failure means clock skew.',
    remediation: "Sync the client's clock with the server (NTP) and sign a fresh nonce on the next connect.",
    source,
  },
  'celeriant.10002': {
    message: 'The signature did not verify against the public key.',
    description: 'The identity key pair or the signing is wrong; reconnecting with the same key fails again.',
    remediation:
      'Sign the nonce with the private key that matches the public key you send (RSASSA-PKCS1-v1_5, SHA-256).',
    source,
  },
  'celeriant.10003': {
    message: 'The clientId in a write does not match the identified client.',
    description:
      'A client bug: the write names another clientId than the one this connection proved. Only the request fails.',
    remediation:
      'Send writes with the clientId the Identify handshake returned (SHA-256 of the public key, first 16 bytes).',
    source,
  },
  'celeriant.10004': {
    message: 'The server runs with --require-client-identity and the client sent none.',
    description:
      'The first frame was not Identify. The session must reconnect and identify first; without credentials it cannot succeed.',
    remediation: 'Configure client identity credentials so the session sends Identify as the first frame.',
    source,
  },
  'celeriant.10005': {
    message: 'The server requires API-key auth and none was provided.',
    description: 'A configuration error: the connection sent no API key to a server that requires one.',
    remediation:
      'Configure an API key for the session; the server also needs TLS unless --insecure-allow-plaintext-auth is set.',
    source,
  },
  'celeriant.10006': {
    message: 'The presented API key does not match a stored hash.',
    description: 'The API key is wrong, malformed or was rotated away; reconnecting with it fails again.',
    remediation: 'Replace the API key with a current one (base64 of 32 bytes).',
    source,
  },
  'celeriant.10007': {
    message: 'The API key is read-only; the request needs write permission.',
    description: 'Only this request fails; reads on the same connection keep working.',
    remediation: 'Use an API key with read-write access for writes, trims, deletes and schema registration.',
    source,
  },
};
