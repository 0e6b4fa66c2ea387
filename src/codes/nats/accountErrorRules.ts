import type { CodeRule } from '../types.ts';
import { serverErrRule } from './natsRule.ts';
import { NATS_VERDICTS as V } from './natsVerdicts.ts';

/** An account error that only the server sees: the session ignores it. */
function configRule(text: string, constant: string): CodeRule {
  return serverErrRule(text, constant, V.ignore);
}

/**
 * Account errors (seed 000, "Account Errors"). Most are configuration errors of the server or its
 * account resolver; an expired or missing account reaches a client as an auth error.
 */
export const accountErrorRules: readonly CodeRule[] = [
  serverErrRule('Account expired', 'ErrAccountExpired', V.refreshToken, {
    closeReason: 'AuthenticationExpired',
  }),
  serverErrRule('Account missing', 'ErrMissingAccount', V.refreshToken, { closeReason: 'MissingAccount' }),
  serverErrRule('Failed Account Registration', 'Failed Account Registration', V.reconnect),
  configRule('Account exists', 'ErrAccountExists'),
  configRule('Account resolver no new claims', 'ErrAccountResolverSameClaims'),
  configRule('Account resolver update too soon', 'ErrAccountResolverUpdateTooSoon'),
  configRule('Account validation failed', 'ErrAccountValidation'),
  configRule('Bad account', 'ErrBadAccount'),
  configRule('Bad sampling percentage, should be 1-100', 'ErrBadSampling'),
  configRule('Bad service response type', 'ErrBadServiceType'),
  configRule('Import forms a cycle', 'ErrImportFormsCycle'),
  configRule('Service missing', 'ErrMissingService'),
  configRule('Account resolver missing', 'ErrNoAccountResolver'),
  configRule('System account not setup', 'ErrNoSysAccount'),
  configRule('Stream import prefix can not contain wildcard tokens', 'ErrStreamImportBadPrefix'),
  configRule('Stream import already exists', 'ErrStreamImportDuplicate'),
];
