import type { CodeRule } from '../types.ts';
import { celeriantRule } from './celeriantRule.ts';

/**
 * Celeriant identity and authentication errors (10xxx). Their message is plain English, not
 * JSON. Identify is accepted only as the first frame, so any fix means a new connection; the
 * server closes after 10001, 10002, 10004, 10005 and 10006 and keeps the connection after
 * 10003 and 10007, which concern one request.
 */
export const authRules: readonly CodeRule[] = [
  celeriantRule({
    code: 10001,
    name: 'IdentifyInvalidNonce',
    verdict: { scope: 'connection', action: 'refresh-token', clearToken: true },
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Nonce expired or too far in the future"',
  }),
  celeriantRule({
    code: 10002,
    name: 'IdentifyInvalidSignature',
    verdict: { scope: 'connection', action: 'close', clearToken: true },
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Invalid signature"',
  }),
  celeriantRule({
    code: 10003,
    name: 'IdentifyMismatch',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: 'plain text: "client_id mismatch: request has X, connection verified as Y"',
  }),
  celeriantRule({
    code: 10004,
    name: 'IdentifyRequired',
    verdict: { scope: 'connection', action: 'refresh-token' },
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Server requires client identity verification"',
  }),
  celeriantRule({
    code: 10005,
    name: 'AuthRequired',
    verdict: { scope: 'connection', action: 'close' },
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "API key required but not provided"',
  }),
  celeriantRule({
    code: 10006,
    name: 'AuthInvalidKey',
    verdict: { scope: 'connection', action: 'close', clearToken: true },
    actionClass: 'AUTH',
    connection: 'closes',
    detailShape: 'plain text: "Invalid API key", "Invalid API key format" or "Invalid API key length"',
  }),
  celeriantRule({
    code: 10007,
    name: 'AuthInsufficientPermissions',
    verdict: { scope: 'request', action: 'fail' },
    actionClass: 'FAIL',
    connection: 'stays-open',
    detailShape: 'plain text: "Insufficient permissions for this operation"',
  }),
];
