import type { CodeEntry } from '../types.ts';
import { NATS_SOURCES, natsRow } from './natsRow.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

const source = NATS_SOURCES.serverSeed;
const REFRESH_CREDENTIALS =
  'Give the session an authenticator that returns current credentials; the session closes after a second auth error in a row.';

/**
 * Authentication and authorization `-ERR`s (seed 000, "Authentication and Authorization Errors").
 * nats.js treats these texts as auth errors: fetch new credentials, dial again, and close on the
 * second in a row (spec nats.md §2.1, §2.2). Permission violations live in permissionErrorRows.ts.
 */
export const authErrorRows: readonly CodeEntry[] = [
  natsRow('err', {
    text: 'Authorization Violation',
    name: 'AuthorizationViolation',
    description:
      'The server refused the credentials (bad user, password, token, nkey or JWT). The server always sends this text for a failed authentication, whatever the cause, and then closes the socket.',
    verdict: V.refreshToken,
    remediation: REFRESH_CREDENTIALS,
    source,
    extra: {
      constant: 'Authorization Violation',
      wire: true,
      closeReason: 'AuthenticationViolation',
    },
  }),
  natsRow('err', {
    text: 'User Authentication Expired',
    name: 'UserAuthenticationExpired',
    description:
      'The user JWT or credentials expired while the connection was open; the server closes the socket. nats.js reports UserAuthenticationExpiredError.',
    verdict: V.refreshToken,
    remediation:
      'Issue the user a fresh JWT before the old one expires and return it from the authenticator.',
    source,
    extra: {
      constant: 'User Authentication Expired',
      wire: true,
      closeReason: 'AuthenticationExpired',
    },
  }),
  natsRow('err', {
    text: 'Account Authentication Expired',
    name: 'AccountAuthenticationExpired',
    description: 'The account JWT the user belongs to expired; the server closes the socket.',
    verdict: V.refreshToken,
    remediation: 'Renew the account JWT with the operator and push it to the account resolver.',
    source,
    extra: {
      constant: 'Account Authentication Expired',
      wire: true,
      closeReason: 'AuthenticationExpired',
    },
  }),
  natsRow('err', {
    text: 'Authentication timeout',
    name: 'ErrAuthTimeout',
    message: 'Authentication Timeout',
    description:
      'The client did not send CONNECT (or the authenticator did not answer) within the authorization timeout; the server closes the socket.',
    verdict: V.refreshToken,
    remediation:
      'Send CONNECT promptly after INFO and make the authenticator answer within the server authorization timeout.',
    source,
    extra: { constant: 'ErrAuthTimeout', wire: true, closeReason: 'AuthenticationTimeout' },
  }),
  natsRow('err', {
    text: 'User Authentication Revoked',
    name: 'UserAuthenticationRevoked',
    description:
      'The user credentials were revoked; the server closes the socket. nats.js treats this as a protocol error and reconnects; the next dial is refused with Authorization Violation, which refreshes credentials.',
    verdict: V.reconnect,
    remediation: 'Issue the user new credentials; revoked ones are refused on every server of the account.',
    source,
    extra: { constant: 'User Authentication Revoked', wire: true, closeReason: 'Revocation' },
  }),
  natsRow('err', {
    text: 'Authentication expired',
    name: 'ErrAuthExpired',
    description:
      'The server-side error for an expired authorization. Clients receive it as User or Account Authentication Expired.',
    verdict: V.refreshToken,
    remediation: 'Issue fresh credentials before the old ones expire and return them from the authenticator.',
    source,
    extra: { constant: 'ErrAuthExpired', wire: false },
  }),
  natsRow('err', {
    text: 'Authentication error',
    name: 'ErrAuthentication',
    description:
      'The server-side error for a failed authentication. Clients receive it as Authorization Violation.',
    verdict: V.refreshToken,
    remediation: REFRESH_CREDENTIALS,
    source,
    extra: { constant: 'ErrAuthentication', wire: false },
  }),
  natsRow('err', {
    text: 'Proxy is not trusted',
    name: 'ErrAuthProxyNotTrusted',
    description:
      'The connection came through a proxy that is not in the trusted list (server 2.12+). Clients receive Authorization Violation.',
    verdict: V.refreshToken,
    remediation: "Add the proxy's key to the server's trusted proxies, or connect without the proxy.",
    source,
    extra: { constant: 'ErrAuthProxyNotTrusted', wire: false, closeReason: 'ProxyNotTrusted' },
  }),
  natsRow('err', {
    text: 'Proxy connection required',
    name: 'ErrAuthProxyRequired',
    description:
      'The user may only connect through a trusted proxy and this connection did not (server 2.12+). Clients receive Authorization Violation.',
    verdict: V.refreshToken,
    remediation: 'Connect through one of the trusted proxies the server requires for this user.',
    source,
    extra: { constant: 'ErrAuthProxyRequired', wire: false, closeReason: 'ProxyRequired' },
  }),
  natsRow('err', {
    text: 'Credentials have been revoked',
    name: 'ErrRevocation',
    description:
      'The server-side error for revoked credentials. Clients receive it as User Authentication Revoked, and the connection closes.',
    verdict: V.reconnect,
    remediation: 'Issue the user new credentials; revoked ones are refused on every server of the account.',
    source,
    extra: { constant: 'ErrRevocation', wire: false, closeReason: 'Revocation' },
  }),
  natsRow('err', {
    text: 'Service import not authorized',
    name: 'ErrServiceImportAuthorization',
    description:
      'An account tried to import a service it is not authorized for. This is an account configuration error the server logs; clients do not receive it.',
    verdict: V.ignore,
    remediation:
      'Authorize the importing account in the exporting account (export with an activation token or a public export).',
    source,
    extra: { constant: 'ErrServiceImportAuthorization', wire: false },
  }),
  natsRow('err', {
    text: 'Stream import not authorized',
    name: 'ErrStreamImportAuthorization',
    description:
      'An account tried to import a stream it is not authorized for. This is an account configuration error the server logs; clients do not receive it.',
    verdict: V.ignore,
    remediation:
      'Authorize the importing account in the exporting account (export with an activation token or a public export).',
    source,
    extra: { constant: 'ErrStreamImportAuthorization', wire: false },
  }),
];
