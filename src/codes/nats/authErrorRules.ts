import type { CodeRule } from '../types.ts';
import { natsRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/**
 * Authentication and authorization `-ERR`s (seed 000, "Authentication and Authorization Errors").
 * nats.js treats these texts as auth errors: fetch new credentials, dial again, and close on the
 * second in a row (spec nats.md §2.1, §2.2). Permission violations live in permissionErrorRules.ts.
 */
export const authErrorRules: readonly CodeRule[] = [
  natsRule('err', {
    text: 'Authorization Violation',
    name: 'AuthorizationViolation',
    verdict: V.refreshToken,
    extra: {
      constant: 'Authorization Violation',
      wire: true,
      closeReason: 'AuthenticationViolation',
    },
  }),
  natsRule('err', {
    text: 'User Authentication Expired',
    name: 'UserAuthenticationExpired',
    verdict: V.refreshToken,
    extra: {
      constant: 'User Authentication Expired',
      wire: true,
      closeReason: 'AuthenticationExpired',
    },
  }),
  natsRule('err', {
    text: 'Account Authentication Expired',
    name: 'AccountAuthenticationExpired',
    verdict: V.refreshToken,
    extra: {
      constant: 'Account Authentication Expired',
      wire: true,
      closeReason: 'AuthenticationExpired',
    },
  }),
  natsRule('err', {
    text: 'Authentication timeout',
    name: 'ErrAuthTimeout',
    verdict: V.refreshToken,
    extra: { constant: 'ErrAuthTimeout', wire: true, closeReason: 'AuthenticationTimeout' },
  }),
  natsRule('err', {
    text: 'User Authentication Revoked',
    name: 'UserAuthenticationRevoked',
    // refresh-token, not nats.js's reconnect: a redial with the revoked credentials is refused.
    verdict: V.refreshToken,
    extra: { constant: 'User Authentication Revoked', wire: true, closeReason: 'Revocation' },
  }),
  natsRule('err', {
    text: 'Authentication expired',
    name: 'ErrAuthExpired',
    verdict: V.refreshToken,
    extra: { constant: 'ErrAuthExpired', wire: false },
  }),
  natsRule('err', {
    text: 'Authentication error',
    name: 'ErrAuthentication',
    verdict: V.refreshToken,
    extra: { constant: 'ErrAuthentication', wire: false },
  }),
  natsRule('err', {
    text: 'Proxy is not trusted',
    name: 'ErrAuthProxyNotTrusted',
    verdict: V.refreshToken,
    extra: { constant: 'ErrAuthProxyNotTrusted', wire: false, closeReason: 'ProxyNotTrusted' },
  }),
  natsRule('err', {
    text: 'Proxy connection required',
    name: 'ErrAuthProxyRequired',
    verdict: V.refreshToken,
    extra: { constant: 'ErrAuthProxyRequired', wire: false, closeReason: 'ProxyRequired' },
  }),
  natsRule('err', {
    text: 'Credentials have been revoked',
    name: 'ErrRevocation',
    verdict: V.reconnect,
    extra: { constant: 'ErrRevocation', wire: false, closeReason: 'Revocation' },
  }),
  natsRule('err', {
    text: 'Service import not authorized',
    name: 'ErrServiceImportAuthorization',
    verdict: V.ignore,
    extra: { constant: 'ErrServiceImportAuthorization', wire: false },
  }),
  natsRule('err', {
    text: 'Stream import not authorized',
    name: 'ErrStreamImportAuthorization',
    verdict: V.ignore,
    extra: { constant: 'ErrStreamImportAuthorization', wire: false },
  }),
];
