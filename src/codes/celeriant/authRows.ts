import type { CodeEntry } from '../types.ts';
import { celeriantRow } from './celeriantRow.ts';

/**
 * Celeriant identity and authentication errors (10xxx). Their message is plain English, not
 * JSON. Identify is accepted only as the first frame, so any fix means a new connection; the
 * server closes after 10001, 10002, 10004, 10005 and 10006 and keeps the connection after
 * 10003 and 10007, which concern one request.
 */
export const authRows: readonly CodeEntry[] = [
  celeriantRow({
    code: 10001,
    name: 'IdentifyInvalidNonce',
    message: 'The nonce is expired or malformed. Check client clock against server.',
    description:
      'The nonce is outside the window of 60 s ahead and 2 min behind the server clock. One reconnect with a fresh nonce is worth it; a second failure means clock skew.',
    verdict: { scope: 'connection', action: 'refresh-token', clearToken: true },
    remediation: "Sync the client's clock with the server (NTP) and sign a fresh nonce on the next connect.",
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Nonce expired or too far in the future"',
  }),
  celeriantRow({
    code: 10002,
    name: 'IdentifyInvalidSignature',
    message: 'The signature did not verify against the public key.',
    description: 'The identity key pair or the signing is wrong; reconnecting with the same key fails again.',
    verdict: { scope: 'connection', action: 'close', clearToken: true },
    remediation:
      'Sign the nonce with the private key that matches the public key you send (RSASSA-PKCS1-v1_5, SHA-256).',
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Invalid signature"',
  }),
  celeriantRow({
    code: 10003,
    name: 'IdentifyMismatch',
    message: 'The clientId in a write does not match the identified client.',
    description:
      'A client bug: the write names another clientId than the one this connection proved. Only the request fails.',
    verdict: { scope: 'request', action: 'fail' },
    remediation:
      'Send writes with the clientId the Identify handshake returned (SHA-256 of the public key, first 16 bytes).',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: 'plain text: "client_id mismatch: request has X, connection verified as Y"',
  }),
  celeriantRow({
    code: 10004,
    name: 'IdentifyRequired',
    message: 'The server runs with --require-client-identity and the client sent none.',
    description:
      'The first frame was not Identify. The session must reconnect and identify first; without credentials it cannot succeed.',
    verdict: { scope: 'connection', action: 'refresh-token' },
    remediation: 'Configure client identity credentials so the session sends Identify as the first frame.',
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Server requires client identity verification"',
  }),
  celeriantRow({
    code: 10005,
    name: 'AuthRequired',
    message: 'The server requires API-key auth and none was provided.',
    description: 'A configuration error: the connection sent no API key to a server that requires one.',
    verdict: { scope: 'connection', action: 'close' },
    remediation:
      'Configure an API key for the session; the server also needs TLS unless --insecure-allow-plaintext-auth is set.',
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "API key required but not provided"',
  }),
  celeriantRow({
    code: 10006,
    name: 'AuthInvalidKey',
    message: 'The presented API key does not match a stored hash.',
    description: 'The API key is wrong, malformed or was rotated away; reconnecting with it fails again.',
    verdict: { scope: 'connection', action: 'close', clearToken: true },
    remediation: 'Replace the API key with a current one (base64 of 32 bytes).',
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Invalid API key", "Invalid API key format" or "Invalid API key length"',
  }),
  celeriantRow({
    code: 10007,
    name: 'AuthInsufficientPermissions',
    message: 'The API key is read-only; the request needs write permission.',
    description: 'Only this request fails; reads on the same connection keep working.',
    verdict: { scope: 'request', action: 'fail' },
    remediation: 'Use an API key with read-write access for writes, trims, deletes and schema registration.',
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: 'plain text: "Insufficient permissions for this operation"',
  }),
];
