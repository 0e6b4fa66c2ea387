import type { CodeDoc } from '../types.ts';
import { NATS_SOURCES } from './natsSources.ts';

const REFRESH_CREDENTIALS =
  'Give the session an authenticator that returns current credentials; the session closes after a second auth error in a row.';
const source = NATS_SOURCES.serverSeed;

/** Message, description, remediation and source of each rule in authErrorRules.ts, keyed by rule id. */
export const authErrorDocs: Readonly<Record<string, CodeDoc>> = {
  'nats.err.authorization-violation': {
    message: 'Authorization Violation',
    description:
      'The server refused the credentials (bad user, password, token, nkey or JWT). The server always sends this text for a failed authentication, whatever the cause, and then closes the socket.',
    remediation: REFRESH_CREDENTIALS,
    source,
  },
  'nats.err.user-authentication-expired': {
    message: 'User Authentication Expired',
    description:
      'The user JWT or credentials expired while the connection was open; the server closes the socket. nats.js reports UserAuthenticationExpiredError.',
    remediation:
      'Issue the user a fresh JWT before the old one expires and return it from the authenticator.',
    source,
  },
  'nats.err.account-authentication-expired': {
    message: 'Account Authentication Expired',
    description: 'The account JWT the user belongs to expired; the server closes the socket.',
    remediation: 'Renew the account JWT with the operator and push it to the account resolver.',
    source,
  },
  'nats.err.authentication-timeout': {
    message: 'Authentication Timeout',
    description:
      'The client did not send CONNECT (or the authenticator did not answer) within the authorization timeout; the server closes the socket.',
    remediation:
      'Send CONNECT promptly after INFO and make the authenticator answer within the server authorization timeout.',
    source,
  },
  'nats.err.user-authentication-revoked': {
    message: 'User Authentication Revoked',
    description:
      'The user credentials were revoked; the server closes the socket. The session asks for fresh credentials before it dials again (nats.js reconnects with the same ones and refreshes only after the server refuses them); a second auth error in a row closes.',
    remediation: 'Issue the user new credentials; revoked ones are refused on every server of the account.',
    source,
  },
  'nats.err.authentication-expired': {
    message: 'Authentication expired',
    description:
      'The server-side error for an expired authorization. Clients receive it as User or Account Authentication Expired.',
    remediation: 'Issue fresh credentials before the old ones expire and return them from the authenticator.',
    source,
  },
  'nats.err.authentication-error': {
    message: 'Authentication error',
    description:
      'The server-side error for a failed authentication. Clients receive it as Authorization Violation.',
    remediation: REFRESH_CREDENTIALS,
    source,
  },
  'nats.err.proxy-is-not-trusted': {
    message: 'Proxy is not trusted',
    description:
      'The connection came through a proxy that is not in the trusted list (server 2.12+). Clients receive Authorization Violation.',
    remediation: "Add the proxy's key to the server's trusted proxies, or connect without the proxy.",
    source,
  },
  'nats.err.proxy-connection-required': {
    message: 'Proxy connection required',
    description:
      'The user may only connect through a trusted proxy and this connection did not (server 2.12+). Clients receive Authorization Violation.',
    remediation: 'Connect through one of the trusted proxies the server requires for this user.',
    source,
  },
  'nats.err.credentials-have-been-revoked': {
    message: 'Credentials have been revoked',
    description:
      'The server-side error for revoked credentials. Clients receive it as User Authentication Revoked, and the connection closes.',
    remediation: 'Issue the user new credentials; revoked ones are refused on every server of the account.',
    source,
  },
  'nats.err.service-import-not-authorized': {
    message: 'Service import not authorized',
    description:
      'An account tried to import a service it is not authorized for. This is an account configuration error the server logs; clients do not receive it.',
    remediation:
      'Authorize the importing account in the exporting account (export with an activation token or a public export).',
    source,
  },
  'nats.err.stream-import-not-authorized': {
    message: 'Stream import not authorized',
    description:
      'An account tried to import a stream it is not authorized for. This is an account configuration error the server logs; clients do not receive it.',
    remediation:
      'Authorize the importing account in the exporting account (export with an activation token or a public export).',
    source,
  },
};
